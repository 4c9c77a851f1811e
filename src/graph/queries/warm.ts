import type { Graph } from '../client.js';
import { listCypherFiles, readCypherFile } from '../cypher.js';

/**
 * Plans every read statement of the API once (EXPLAIN: planned and cached by
 * Neo4j, nothing run), so the first requests after a start do not each pay
 * for planning (tens to hundreds of ms for the larger statements). One at a
 * time, so a server starting under load adds one statement to it, not dozens.
 * Returns how many were planned.
 */
export async function warmReadPlans(graph: Graph, prefix = 'api/'): Promise<number> {
  const names = listCypherFiles().filter((name) => name.startsWith(prefix));
  for (const name of names) await graph.explain({ name, text: readCypherFile(name) });
  return names.length;
}
