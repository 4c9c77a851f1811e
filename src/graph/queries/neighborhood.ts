import type { EntityType, Role } from '../../model/ontology.js';
import { loadQueries } from '../cypher.js';
import { TIES_KEPT } from '../ties.js';
import { type EntityRecord, HUB_WALK_RATIO, int, type Reader } from './read.js';

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
  /** True when EDGES_PER_NODE cut edges off (see boundEdges). */
  edgesTruncated: boolean;
  /** The center's record, read by the first ring's statement (null: no entity has its id). */
  centerRecord: EntityRecord | null;
}

/**
 * Edges drawn per node of a neighborhood, at most: the edges among a hub's
 * heaviest neighbours (themselves hubs) run to ten or more per node, more
 * than a drawing can show and most of what a response weighs.
 */
export const EDGES_PER_NODE = 4;

/**
 * Past the first ring, a node with more edges than this (relations and
 * events) is drawn but not expanded: a hub's neighbours are everybody's second
 * ring, and ranking them costs what the hub holds. The neighborhood then says
 * it is truncated.
 */
export const EXPAND_CAP = 500;

/** Frontier or kept node ids by kind: statements look entities and events up by their own index. */
function byKind(nodes: Array<Pick<NodeRecord, 'id' | 'kind'>>): { entityIds: string[]; eventIds: string[] } {
  const entityIds: string[] = [];
  const eventIds: string[] = [];
  for (const n of nodes) (n.kind === 'Event' ? eventIds : entityIds).push(n.id);
  return { entityIds, eventIds };
}

/**
 * Edges as the statements return them: each end by its element id
 * (participations and places: no edge reads a node's properties) or its id
 * (relations, read from the entities' ties), and the kept nodes' element ids
 * and ids with their ids, once each. An edge is one string,
 * "source<US>type<US>target<US>role<US>weight" (<US> is \u001f, which no id
 * holds; role empty for none): a hub's hundreds of edges decode as one value
 * each rather than five.
 * Null when the statement drew no edges.
 */
export interface EdgePack {
  edges: string[];
  keys: Array<[elementIdOrId: string, id: string]>;
}

const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/** The edges of a pack by id, in the order of their ids; their id is made here. */
export function edgesOf(pack: EdgePack | null | undefined): EdgeRecord[] {
  if (!pack) return [];
  const idOf = new Map(pack.keys);
  const edges = pack.edges.map((packed): EdgeRecord => {
    const [a = '', type = '', b = '', role = '', weight = ''] = packed.split('\u001f');
    const source = idOf.get(a);
    const target = idOf.get(b);
    if (source === undefined || target === undefined) throw new Error(`neighborhood: an edge's end ${source === undefined ? a : b} is not among the kept nodes`);
    return { id: `${source}|${type}|${role}|${target}`, source, target, type, role: role === '' ? null : (role as Role), weight: Number(weight) };
  });
  return edges.sort(byId);
}

/**
 * At most `max` of a neighborhood's edges, so a drawing costs what it shows:
 * first every node's heaviest edge to a node nearer the center (each node
 * stays tied to the one it was reached from), then the heaviest of the others
 * (ties by id). A neighborhood with at most `max` edges keeps them all.
 * Returns the kept edges in the order they came (by id).
 */
export function boundEdges(nodes: ReadonlyArray<Pick<NodeRecord, 'id' | 'depth'>>, edges: EdgeRecord[], max: number): { edges: EdgeRecord[]; truncated: boolean } {
  if (edges.length <= max) return { edges, truncated: false };
  const depthOf = new Map(nodes.map((n) => [n.id, n.depth]));
  // The deeper end's heaviest edge toward the center, by the deeper end's id.
  const tie = new Map<string, EdgeRecord>();
  for (const e of edges) {
    const ds = depthOf.get(e.source) ?? 0;
    const dt = depthOf.get(e.target) ?? 0;
    if (ds === dt) continue;
    const deeper = ds > dt ? e.source : e.target;
    const held = tie.get(deeper);
    if (!held || e.weight > held.weight) tie.set(deeper, e);
  }
  const keep = new Set(tie.values());
  const rest = edges.filter((e) => !keep.has(e)).sort((x, y) => y.weight - x.weight || byId(x, y));
  for (const e of rest) {
    if (keep.size >= max) break;
    keep.add(e);
  }
  return { edges: edges.filter((e) => keep.has(e)), truncated: true };
}

/**
 * Rings around the center, one statement per ring (nearest and heaviest kept
 * first, at most `limit` nodes besides the center, ranked and cut inside the
 * database); the last ring's statement also returns the edges among the kept
 * nodes: `depth` round trips, each costing what it returns rather than what
 * hubs hold. A ring that fills the limit is the last (a hub's first ring: its
 * depth 2 costs what its depth 1 does). The first ring's statement also reads
 * the center's record (`centerRecord`), so the center needs no statement of
 * its own; the center's node (the first) is filled in from it (only the
 * center's id is read from `center`).
 */
export async function neighborhood(
  r: Reader,
  center: NeighborhoodCenter,
  depth: number,
  limit: number,
  minConfidence: number | null = null,
  /** False: the caller wants the nodes only; no edges are fetched (`edges` is empty, `edgesTruncated` false). */
  withEdges = true,
): Promise<NeighborhoodRecord> {
  const nodes: NodeRecord[] = [{ ...center, depth: 0 }];
  const seen = new Set([center.id]);
  let frontier: NodeRecord[] = [nodes[0]!];
  let truncated = false;
  let edges: EdgeRecord[] | null = null;
  let centerRecord = null as EntityRecord | null; // set by the first ring (a closure: no narrowing to null)
  const ring = async (want: number, room: number, lastRing: boolean, first: boolean) => {
    const [row] = await r.read<{ nodes: Array<Omit<NodeRecord, 'depth'>>; edges: EdgePack | null; edgesDrawn: boolean; capped: boolean; centers: EntityRecord[] }>(q.step, {
      ...byKind(frontier),
      seen: [...seen],
      minConfidence,
      limit: int(want),
      cap: int(want + seen.size),
      walkRatio: HUB_WALK_RATIO,
      tiesKept: TIES_KEPT,
      withEdges: withEdges && lastRing,
      // Without edges, no ring is too full to draw them: the statement never draws.
      room: int(withEdges ? room : want),
      expandCap: first ? null : int(EXPAND_CAP),
      withCenter: first,
    });
    if (first) centerRecord = row?.centers[0] ?? null;
    if (row?.edgesDrawn) edges = edgesOf(row.edges);
    if (row?.capped) truncated = true;
    return row?.nodes ?? [];
  };
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const room = limit - (nodes.length - 1);
    if (room <= 0) {
      // Nothing fits: only learn whether anything was left out (and the edges among those kept).
      if (!truncated || withEdges) truncated ||= (await ring(1, 0, true, d === 1)).length > 0;
      break;
    }
    const found = await ring(room + 1, room, d === depth, d === 1);
    if (found.length > room) truncated = true;
    frontier = found.slice(0, room).map((n) => ({ ...n, depth: d }));
    for (const n of frontier) {
      seen.add(n.id);
      nodes.push(n);
    }
    // The statement drew the edges when no later ring has room (it came back
    // with more than fit): what a later ring would add is only `truncated`, known.
    if (edges !== null) break;
  }
  if (!withEdges) {
    if (centerRecord) Object.assign(nodes[0]!, { label: centerRecord.name, kind: centerRecord.type, weight: centerRecord.mentionCount ?? 0 });
    return { nodes, edges: [], truncated, edgesTruncated: false, centerRecord };
  }
  // A ring that came back empty before the last one: the edges among what was kept.
  if (edges === null) {
    const [row] = await r.read<{ edges: EdgePack | null }>(q.edges, { ...byKind(nodes), minConfidence });
    edges = edgesOf(row?.edges);
  }
  if (centerRecord) Object.assign(nodes[0]!, { label: centerRecord.name, kind: centerRecord.type, weight: centerRecord.mentionCount ?? 0 });
  const bounded = boundEdges(nodes, edges, EDGES_PER_NODE * nodes.length);
  return { nodes, edges: bounded.edges, truncated, edgesTruncated: bounded.truncated, centerRecord };
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
