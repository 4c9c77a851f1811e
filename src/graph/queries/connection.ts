import { type Predicate, type Role, SYMMETRIC_PREDICATES } from '../../model/ontology.js';
import { type CypherQuery, loadQueries } from '../cypher.js';
import { type EntityRecord, type EventRecord, int, type Reader } from './read.js';

const q = loadQueries({ paths: 'api/connection-paths' });

/** The largest `maxHops` the Cypher pattern allows (its literal bound). */
export const MAX_PATH_HOPS = 6;

/**
 * The statement once per bound 1..MAX_PATH_HOPS, made when the module loads
 * (the pattern's bound must be a literal): the search then stops at
 * `maxHops`, where a pair with no path costs least, instead of exploring to 6.
 */
const PATHS_BY_HOPS: CypherQuery[] = Array.from({ length: MAX_PATH_HOPS }, (_, i) => {
  const literal = `*..${MAX_PATH_HOPS}]`;
  if (!q.paths.text.includes(literal)) throw new Error(`api/connection-paths.cypher: the pattern's bound ${literal} is missing`);
  return Object.freeze({ name: `${q.paths.name}@${i + 1}`, text: q.paths.text.replaceAll(literal, `*..${i + 1}]`) });
});

export type PathStepRecord =
  | { kind: 'RELATION'; from: string; to: string; predicate: Predicate; direction: 'OUT' | 'IN' | 'BOTH'; sourceCount: number; subject: string; object: string }
  | { kind: 'SHARED_EVENT'; from: string; to: string; event: string; fromRoles: Role[]; toRoles: Role[]; sourceCount: number };

export interface PathRecord {
  length: number;
  entities: string[];
  steps: PathStepRecord[];
}

interface PathRow {
  nodes: Array<{ id: string; event: boolean }>;
  rels: Array<{ type: Predicate; start: string; end: string; sourceCount: number; role: Role | null; docIds: string[] }>;
}

/** A connection as one statement reads it: both ends, the paths, and the records of what the paths go through. */
export interface ConnectionRecord {
  /** Null: no entity has that id. */
  from: EntityRecord | null;
  to: EntityRecord | null;
  paths: PathRecord[];
  /** The entities on the paths (ends included), each once. */
  entities: EntityRecord[];
  /** The events on the paths, each once, at their most mentioned place. */
  events: EventRecord[];
}

/**
 * The shortest paths between two entities, at most `first`, with the records
 * of both ends and of the entities and events on the paths, in one statement
 * (the API primes its loaders with them: a connection is then one round trip
 * before its evidence). Paths that differ only by which role an actor had in a
 * shared event are one path, with every role. From an entity to itself: one
 * path of length 0 (none when `first` is 0 or the entity is unknown).
 */
export async function readConnection(r: Reader, from: string, to: string, maxHops: number, first: number): Promise<ConnectionRecord> {
  // Role variants come back as separate paths: fetch extra, then fold them.
  const [row] = await r.read<Omit<ConnectionRecord, 'paths'> & { paths: PathRow[] }>(PATHS_BY_HOPS[Math.min(Math.max(maxHops, 1), MAX_PATH_HOPS) - 1]!, {
    from,
    to,
    maxHops: int(maxHops),
    limit: int(first * 6),
  });
  const ends = { from: row?.from ?? null, to: row?.to ?? null, entities: row?.entities ?? [], events: row?.events ?? [] };
  if (from === to) return { ...ends, paths: ends.from && first > 0 ? [{ length: 0, entities: [from], steps: [] }] : [] };
  return { ...ends, paths: foldRoles(row?.paths ?? []).slice(0, first) };
}

/** The shortest paths between two entities, at most `first` (readConnection without the records). */
export async function connectionPaths(r: Reader, from: string, to: string, maxHops: number, first: number): Promise<PathRecord[]> {
  if (from === to) return [{ length: 0, entities: [from], steps: [] }];
  return (await readConnection(r, from, to, maxHops, first)).paths;
}

/** Paths that differ only by the roles of a shared event's actors, folded into one with every role. */
function foldRoles(rows: PathRow[]): PathRecord[] {
  const paths = new Map<string, PathRecord>();
  for (const row of rows) {
    const path = toPath(row);
    const key = path.steps.map((s) => (s.kind === 'RELATION' ? `${s.from}-${s.predicate}-${s.to}` : `${s.from}-${s.event}-${s.to}`)).join('|');
    const seen = paths.get(key);
    if (!seen) {
      paths.set(key, path);
      continue;
    }
    seen.steps.forEach((step, i) => {
      const other = path.steps[i]!;
      if (step.kind === 'SHARED_EVENT' && other.kind === 'SHARED_EVENT') {
        step.fromRoles = [...new Set([...step.fromRoles, ...other.fromRoles])];
        step.toRoles = [...new Set([...step.toRoles, ...other.toRoles])];
        step.sourceCount = Math.max(step.sourceCount, other.sourceCount);
      }
    });
  }
  return [...paths.values()];
}

function toPath(row: PathRow): PathRecord {
  const steps: PathStepRecord[] = [];
  const entities: string[] = [row.nodes[0]!.id];
  for (let i = 0; i < row.rels.length; i++) {
    const rel = row.rels[i]!;
    const from = row.nodes[i]!.id;
    const next = row.nodes[i + 1]!;
    if (!next.event) {
      steps.push({
        kind: 'RELATION',
        from,
        to: next.id,
        predicate: rel.type,
        direction: SYMMETRIC_PREDICATES.has(rel.type) ? 'BOTH' : rel.start === from ? 'OUT' : 'IN',
        sourceCount: rel.sourceCount,
        subject: rel.start,
        object: rel.end,
      });
      entities.push(next.id);
      continue;
    }
    // entity -[PARTICIPATED_IN]-> event <-[PARTICIPATED_IN]- entity: one step of two hops.
    const back = row.rels[i + 1]!;
    const to = row.nodes[i + 2]!.id;
    const both = rel.docIds.filter((d) => back.docIds.includes(d));
    steps.push({
      kind: 'SHARED_EVENT',
      from,
      to,
      event: next.id,
      fromRoles: rel.role ? [rel.role] : [],
      toRoles: back.role ? [back.role] : [],
      sourceCount: both.length,
    });
    entities.push(to);
    i++;
  }
  return { length: row.rels.length, entities, steps };
}
