import type { Config } from '../config.js';
import { Graph } from '../graph/client.js';
import { openLocalNeo4j } from '../neo4j-local/index.js';
import { migrate } from '../graph/migrations.js';

export interface GraphSession {
  graph: Graph;
  /** Where the graph lives, for log lines. */
  describe: string;
  /** Closes the driver, and stops the local Neo4j if this session started it. */
  close(): Promise<void>;
}

/**
 * Opens the graph the configuration names: NEO4J_URI when set; otherwise the
 * local Neo4j of the per-user data folder — the one already running on it
 * (`actorgraph neo4j start`, or a running `start`/`serve`), or a child JVM
 * started now and stopped by close(). Applies pending
 * schema migrations unless told not to.
 */
export async function openGraphSession(
  config: Config,
  opts: { log: (line: string) => void; migrate?: boolean; app?: string },
): Promise<GraphSession> {
  const { neo4j } = config;
  let stopLocal: (() => Promise<void>) | undefined;
  let uri: string;
  let describe: string;
  if (neo4j.uri) {
    uri = neo4j.uri;
    describe = `Neo4j at ${uri}`;
  } else {
    const started = performance.now();
    const local = await openLocalNeo4j({
      port: neo4j.local.port,
      dataDir: neo4j.local.dataDir,
      pageCache: neo4j.local.pageCache,
      javaBin: neo4j.local.javaBin,
    });
    uri = local.uri;
    describe = `local Neo4j at ${uri} (pid ${local.pid}, ${local.heldBy}; data in ${neo4j.local.dataDir})`;
    if (local.started) {
      stopLocal = () => local.stop();
      opts.log(`local Neo4j started at ${uri} in ${((performance.now() - started) / 1000).toFixed(1)} s (data in ${neo4j.local.dataDir})`);
    } else {
      opts.log(`using the ${describe}`);
    }
  }
  let graph: Graph;
  try {
    graph = await Graph.connect({
      uri,
      user: neo4j.user,
      password: neo4j.password,
      database: neo4j.database,
      app: opts.app ?? 'actorgraph',
    });
    if (opts.migrate !== false) {
      const report = await migrate(graph);
      if (report.applied.length > 0) opts.log(`schema: applied ${report.applied.join(', ')}`);
    }
  } catch (err) {
    await stopLocal?.();
    throw err;
  }
  return {
    graph,
    describe,
    async close() {
      await graph.close().catch(() => undefined);
      await stopLocal?.();
    },
  };
}
