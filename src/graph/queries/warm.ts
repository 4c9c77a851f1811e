import type { Graph } from '../client.js';
import { listCypherFiles, readCypherFile } from '../cypher.js';
import { entitiesByIds, entityEvents, entityRelations, entityTimeline, listEntities } from './entities.js';
import { centerById, neighborhood } from './neighborhood.js';
import { readerOf } from './read.js';

/** An id no entity has: the warm-up's statements find nothing and cost next to nothing. */
const NOBODY = '\u0000warm-up';

/**
 * Readies Neo4j for the first requests after a start, one statement at a
 * time (a server starting under load adds one statement to it, not dozens):
 * EXPLAINs every read statement of the API (parsed and planned, nothing run),
 * then runs the statements of the common views (an actor, its lists, a
 * neighbourhood, a search) once with an id nobody has and the parameters a
 * request sends. EXPLAIN alone is not enough: measured on the largest
 * statement under load, its first run took 1.4-8 s cold, 0.5-1.1 s after an
 * EXPLAIN, 25-37 ms once run. Returns how many statements were sent.
 */
export async function warmReadPlans(graph: Graph, prefix = 'api/'): Promise<number> {
  const before = graph.statementCount;
  const names = listCypherFiles().filter((name) => name.startsWith(prefix));
  for (const name of names) await graph.explain({ name, text: readCypherFile(name) });
  const r = readerOf(graph);
  await entitiesByIds(r, [NOBODY]);
  await entityRelations(r, [NOBODY], { predicate: null, direction: 'BOTH', first: 20 });
  await entityEvents(r, [NOBODY], { type: null, from: null, to: null, first: 20 });
  await entityTimeline(r, [NOBODY], 50);
  await neighborhood(r, centerById(NOBODY), 1, 50);
  await listEntities(r, { search: 'warm', skip: 0, limit: 12, actorsOnly: true });
  return graph.statementCount - before;
}
