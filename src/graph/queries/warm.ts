import type { Graph } from '../client.js';
import { listCypherFiles, readCypherFile } from '../cypher.js';

/**
 * EXPLAINs every read statement of the API once (parsed and planned by
 * Neo4j, nothing run), one at a time, so a server starting under load adds one
 * statement to it, not dozens. It shortens the first requests without making
 * them warm: measured on the largest statement (neighborhood-step) under load,
 * the first run took 1.4-8 s cold, 0.5-1.1 s after its EXPLAIN, 25-37 ms
 * once run; running each statement with typical parameters would warm it
 * fully. Returns how many were planned.
 */
export async function warmReadPlans(graph: Graph, prefix = 'api/'): Promise<number> {
  const names = listCypherFiles().filter((name) => name.startsWith(prefix));
  for (const name of names) await graph.explain({ name, text: readCypherFile(name) });
  return names.length;
}
