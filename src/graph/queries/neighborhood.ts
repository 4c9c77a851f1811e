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

/** Edges as the statements return them; their id is made here. */
type EdgeRow = Omit<EdgeRecord, 'id'>;

function withIds(rows: EdgeRow[]): EdgeRecord[] {
  return rows.map((e) => ({ ...e, id: [e.source, e.type, e.role ?? '', e.target].join('|') }));
}

/**
 * Rings around the center, one statement per ring (nearest and heaviest kept
 * first, at most `limit` nodes besides the center, ranked and cut inside the
 * database); the last ring's statement also returns the edges among the kept
 * nodes: `depth` round trips, each costing what it returns rather than what
 * hubs hold. Only the center's id is read: a caller that looks the center up
 * meanwhile may fill in its node (the first) afterwards.
 */
export async function neighborhood(
  r: Reader,
  center: NeighborhoodCenter,
  depth: number,
  limit: number,
  minConfidence: number | null = null,
): Promise<NeighborhoodRecord> {
  const nodes: NodeRecord[] = [{ ...center, depth: 0 }];
  const seen = new Set([center.id]);
  let frontier: NodeRecord[] = [nodes[0]!];
  let truncated = false;
  let edges: EdgeRecord[] | null = null;
  const ring = async (want: number, room: number, withEdges: boolean) => {
    const [row] = await r.read<{ nodes: Array<Omit<NodeRecord, 'depth'>>; edges: EdgeRow[] }>(q.step, {
      ...byKind(frontier),
      seen: [...seen],
      minConfidence,
      limit: int(want),
      cap: int(want + seen.size),
      walkRatio: HUB_WALK_RATIO,
      withEdges,
      room: int(room),
    });
    if (withEdges) edges = withIds(row?.edges ?? []);
    return row?.nodes ?? [];
  };
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const room = limit - (nodes.length - 1);
    if (room <= 0) {
      // Nothing fits: only learn whether anything was left out (and the edges among those kept).
      truncated ||= (await ring(1, 0, true)).length > 0;
      break;
    }
    const found = await ring(room + 1, room, d === depth);
    if (found.length > room) truncated = true;
    frontier = found.slice(0, room).map((n) => ({ ...n, depth: d }));
    for (const n of frontier) {
      seen.add(n.id);
      nodes.push(n);
    }
  }
  // A ring that came back empty before the last one: the edges among what was kept.
  edges ??= withIds(await r.read<EdgeRow>(q.edges, { ...byKind(nodes), minConfidence }));
  return { nodes, edges, truncated };
}

/** The center as a node: its name and type, and its mentions as weight. */
export interface NeighborhoodCenter {
  id: string;
  label: string;
  kind: EntityType;
  weight: number;
}

/**
 * A center known by its id alone: the rings need nothing else, so a caller
 * can start them beside the center's own lookup and fill in the first node
 * (label, kind, weight) from it afterwards.
 */
export const centerById = (id: string): NeighborhoodCenter => ({ id, label: '', kind: 'Person', weight: 0 });
