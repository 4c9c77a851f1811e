import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { Graph } from '../../src/graph/client.js';
import { findFreePort, LocalNeo4jError, type RunningNeo4j, startLocalNeo4j } from '../../src/neo4j-local/index.js';
import { migrate } from '../../src/graph/migrations.js';

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
  /** How the run got its Neo4j: 'env' | 'testcontainers' | 'local'. */
  source: string;
}

/**
 * A real, migrated Neo4j for one test project: NEO4J_URI when set; else a
 * testcontainers Neo4j when a Docker engine answers; else the local embedded
 * launcher on a free port with a throwaway store. `prepare` runs on it before
 * it is handed out; a failure there stops what was started.
 */
export async function provisionTestNeo4j(
  label: string,
  prepare: (graph: Graph) => Promise<void> = async () => {},
): Promise<{ neo4j: TestNeo4j; teardown: () => Promise<void> }> {
  const config = loadConfig();
  let teardown = async () => {};
  let neo4j: TestNeo4j;
  if (config.neo4j.uri) {
    neo4j = { uri: config.neo4j.uri, user: config.neo4j.user, password: config.neo4j.password, database: config.neo4j.database, source: 'env' };
  } else if (await dockerAnswers()) {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const container = await new Neo4jContainer('neo4j:5.26-community').withPassword('actorgraph-test').start();
    neo4j = { uri: container.getBoltUri(), user: 'neo4j', password: 'actorgraph-test', database: undefined, source: 'testcontainers' };
    teardown = async () => {
      await container.stop();
    };
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), `${label}-neo4j-`));
    const local = await startOnFreePort(dataDir, config.neo4j.local.javaBin);
    neo4j = { uri: local.uri, user: 'neo4j', password: '', database: undefined, source: 'local' };
    teardown = async () => {
      await local.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  try {
    const graph = await Graph.connect({ ...neo4j, app: label });
    try {
      await migrate(graph);
      await prepare(graph);
    } finally {
      await graph.close();
    }
  } catch (err) {
    await teardown();
    throw err;
  }
  return { neo4j, teardown };
}

/** The db and api test projects start their Neo4j at the same moment: one can take the other's free port first, so try another. */
async function startOnFreePort(dataDir: string, javaBin: string): Promise<RunningNeo4j> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startLocalNeo4j({ port: await findFreePort(), dataDir, pageCache: '64m', javaBin });
    } catch (err) {
      if (!(err instanceof LocalNeo4jError && err.code === 'PORT_IN_USE') || attempt >= 3) throw err;
    }
  }
}

/** Docker is tried only where an engine could be: a socket or DOCKER_HOST. */
async function dockerAnswers(): Promise<boolean> {
  // eslint-disable-next-line no-restricted-properties -- the test harness, not the app, decides on Docker.
  if (!process.env.DOCKER_HOST && !existsSync('/var/run/docker.sock')) return false;
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await Promise.race([getContainerRuntimeClient(), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 10_000))]);
    return true;
  } catch {
    return false;
  }
}
