import { loadQueries } from '../cypher.js';
import { int, type Reader } from './read.js';

const q = loadQueries({ step: 'api/neighborhood-step', edges: 'api/neighborhood-edges' });

export interface NodeRecord {
  id: string;
  label: string;
  kind: string;
  depth: number;
  weight: number;
}

export interface EdgeRecord {
  id: string;
  source: string;
  target: string;
  type: string;
  role: string | null;
  weight: number;
}

export interface NeighborhoodRecord {
  nodes: NodeRecord[];
  edges: EdgeRecord[];
  truncated: boolean;
}

/**
 * Rings around the center, one statement per ring (nearest and heaviest kept
 * first, at most `limit` nodes besides the center), then one statement for
 * the edges among the kept nodes: depth + 1 round trips.
 */
export async function neighborhood(
  r: Reader,
  center: { id: string; label: string; kind: string; weight: number },
  depth: number,
  limit: number,
  minConfidence: number | null = null,
): Promise<NeighborhoodRecord> {
  const nodes: NodeRecord[] = [{ ...center, depth: 0 }];
  const seen = new Set([center.id]);
  let frontier = [center.id];
  let truncated = false;
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const room = limit - (nodes.length - 1);
    if (room <= 0) {
      // Nothing fits: only learn whether anything was left out.
      const probe = await r.read(q.step, { ids: frontier, seen: [...seen], minConfidence, limit: int(1) });
      truncated ||= probe.length > 0;
      break;
    }
    const ring = await r.read<Omit<NodeRecord, 'depth'>>(q.step, { ids: frontier, seen: [...seen], minConfidence, limit: int(room + 1) });
    if (ring.length > room) truncated = true;
    const kept = ring.slice(0, room);
    for (const n of kept) {
      seen.add(n.id);
      nodes.push({ ...n, depth: d });
    }
    frontier = kept.map((n) => n.id);
  }
  const rows = await r.read<Omit<EdgeRecord, 'id'>>(q.edges, { ids: [...seen], minConfidence });
  const edges = rows.map((e) => ({ ...e, id: [e.source, e.type, e.role ?? '', e.target].join('|') }));
  return { nodes, edges, truncated };
}
