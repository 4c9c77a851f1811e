import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { Graph } from '../src/graph/client.js';
import { findFreePort, startLocalNeo4j } from '../src/neo4j-local/index.js';
import { migrate } from '../src/graph/migrations.js';

/** A Neo4j for a benchmark: NEO4J_URI when set, else a throwaway local one. */
export async function benchGraph(label: string): Promise<{ graph: Graph; where: string; credentials: { user?: string; password?: string }; dataDir?: string; close(): Promise<void> }> {
  const config = loadConfig();
  if (config.neo4j.uri) {
    const graph = await Graph.connect({ uri: config.neo4j.uri, user: config.neo4j.user, password: config.neo4j.password, database: config.neo4j.database, app: `bench-${label}` });
    await migrate(graph);
    return { graph, where: config.neo4j.uri, credentials: { user: config.neo4j.user, password: config.neo4j.password }, close: () => graph.close() };
  }
  const dataDir = mkdtempSync(join(tmpdir(), `actorgraph-bench-${label}-`));
  const local = await startLocalNeo4j({ port: await findFreePort(), dataDir, pageCache: config.neo4j.local.pageCache, javaBin: config.neo4j.local.javaBin });
  const graph = await Graph.connect({ uri: local.uri, app: `bench-${label}` });
  await migrate(graph);
  return {
    graph,
    where: `local Neo4j (throwaway store, ${local.uri})`,
    credentials: {},
    dataDir,
    async close() {
      await graph.close();
      await local.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
