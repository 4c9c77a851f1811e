import { findFreePort, LocalNeo4jError, type RunningNeo4j, startLocalNeo4j } from '../../src/graph/local-neo4j.js';

/** The db and api test projects start their Neo4j at the same moment: one can take the other's free port first, so try another. */
export async function startOnFreePort(dataDir: string, javaBin: string): Promise<RunningNeo4j> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startLocalNeo4j({ port: await findFreePort(), dataDir, pageCache: '64m', javaBin });
    } catch (err) {
      if (!(err instanceof LocalNeo4jError && err.code === 'PORT_IN_USE') || attempt >= 3) throw err;
    }
  }
}
