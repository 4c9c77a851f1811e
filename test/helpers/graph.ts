import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { Graph } from '../../src/graph/client.js';

/** Connects to the run's Neo4j (see test/setup/neo4j.global.ts). Close it in afterAll. */
export async function connectTestGraph(app = 'actorgraph-test'): Promise<Graph> {
  const neo4j = inject('neo4j');
  return Graph.connect({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password, database: neo4j.database, app });
}

/** A prefix unique to this test file's run, so tests isolate their data and run in any order. */
export function runId(label: string): string {
  return `t-${label}-${randomBytes(4).toString('hex')}`;
}
