import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.js';
import { Graph } from '../../src/graph/client.js';
import { migrate } from '../../src/graph/migrations.js';
import { startOnFreePort } from './local-neo4j.js';

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
  /** How the run got its Neo4j: 'env' | 'testcontainers' | 'local'. */
  source: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

/**
 * One real Neo4j for the whole run: NEO4J_URI when set; else a testcontainers
 * Neo4j when a Docker engine answers; else the local embedded launcher on a
 * free port with a throwaway store. The schema is applied once here.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
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
    const dataDir = mkdtempSync(join(tmpdir(), 'actorgraph-test-neo4j-'));
    const local = await startOnFreePort(dataDir, config.neo4j.local.javaBin);
    neo4j = { uri: local.uri, user: 'neo4j', password: '', database: undefined, source: 'local' };
    teardown = async () => {
      await local.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  try {
    const graph = await Graph.connect({ ...neo4j, app: 'actorgraph-test' });
    await migrate(graph);
    await graph.close();
  } catch (err) {
    await teardown();
    throw err;
  }
  project.provide('neo4j', neo4j);
  return teardown;
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
