import type { EntityType, Role } from '../../model/ontology.js';
import { loadQueries } from '../cypher.js';
import { HUB_WALK_RATIO, int, type Reader } from './read.js';

const q = loadQueries({ step: 'api/neighborhood-step', edges: 'api/neighborhood-edges' });

export interface NodeRecord {
  id: string;
  label: string;
  kind: EntityType | 'Event';
  depth: number;
  weight: number;
}

export interface EdgeRecord {
  id: string;
  source: string;
  target: string;
  type: string;
  role: Role | null;
  weight: number;
}

export interface NeighborhoodRecord {
  nodes: NodeRecord[];
  edges: EdgeRecord[];
  truncated: boolean;
}

/** Frontier or kept node ids by kind: statements look entities and events up by their own index. */
function byKind(nodes: Array<Pick<NodeRecord, 'id' | 'kind'>>): { entityIds: string[]; eventIds: string[] } {
  const entityIds: string[] = [];
  const eventIds: string[] = [];
  for (const n of nodes) (n.kind === 'Event' ? eventIds : entityIds).push(n.id);
  return { entityIds, eventIds };
}

/**
 * Rings around the center, one statement per ring (nearest and heaviest kept
 * first, at most `limit` nodes besides the center, ranked and cut inside the
 * database), then one statement for the edges among the kept nodes: depth + 1
 * round trips, each costing what it returns rather than what hubs hold.
 */
export async function neighborhood(
  r: Reader,
  center: { id: string; label: string; kind: EntityType; weight: number },
  depth: number,
  limit: number,
  minConfidence: number | null = null,
): Promise<NeighborhoodRecord> {
  const nodes: NodeRecord[] = [{ ...center, depth: 0 }];
  const seen = new Set([center.id]);
  let frontier: NodeRecord[] = [nodes[0]!];
  let truncated = false;
  const ring = (want: number) =>
    r.read<Omit<NodeRecord, 'depth'>>(q.step, {
      ...byKind(frontier),
      seen: [...seen],
      minConfidence,
      limit: int(want),
      cap: int(want + seen.size),
      walkRatio: HUB_WALK_RATIO,
    });
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const room = limit - (nodes.length - 1);
    if (room <= 0) {
      // Nothing fits: only learn whether anything was left out.
      truncated ||= (await ring(1)).length > 0;
      break;
    }
    const found = await ring(room + 1);
    if (found.length > room) truncated = true;
    frontier = found.slice(0, room).map((n) => ({ ...n, depth: d }));
    for (const n of frontier) {
      seen.add(n.id);
      nodes.push(n);
    }
  }
  const rows = await r.read<Omit<EdgeRecord, 'id'>>(q.edges, { ...byKind(nodes), minConfidence });
  const edges = rows.map((e) => ({ ...e, id: [e.source, e.type, e.role ?? '', e.target].join('|') }));
  return { nodes, edges, truncated };
}
