import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.js';
import { Graph } from '../../src/graph/client.js';
import { migrate } from '../../src/graph/migrations.js';
import { SAMPLES_DIR } from '../../src/paths.js';
import { ingestPaths, type IngestSummary } from '../../src/pipeline/ingest.js';
import { startOnFreePort } from './local-neo4j.js';
import type { TestNeo4j } from './neo4j.global.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** How the sample corpus went in, for tests that check the API against it. */
    samplesIngest: Pick<IngestSummary, 'new' | 'updated' | 'unchanged' | 'failed'>;
  }
}

/**
 * The `api` project's own Neo4j, so read tests can assert exact values from
 * the sample corpus while the `db` project writes to its database in parallel:
 * NEO4J_URI when set (as the db project does), else a second throwaway local
 * Neo4j on a free port. Migrated, and the samples ingested once with the real
 * pipeline. Provides the same `neo4j` value as the db project, so
 * test/helpers/graph.ts works here too.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig();
  let teardown = async () => {};
  let neo4j: TestNeo4j;
  if (config.neo4j.uri) {
    neo4j = { uri: config.neo4j.uri, user: config.neo4j.user, password: config.neo4j.password, database: config.neo4j.database, source: 'env' };
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), 'actorgraph-api-test-neo4j-'));
    const local = await startOnFreePort(dataDir, config.neo4j.local.javaBin);
    neo4j = { uri: local.uri, user: 'neo4j', password: '', database: undefined, source: 'local' };
    teardown = async () => {
      await local.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  try {
    const graph = await Graph.connect({ ...neo4j, app: 'actorgraph-api-test' });
    try {
      await migrate(graph);
      const summary = await ingestPaths(graph, [SAMPLES_DIR], { concurrency: 2 });
      if (summary.failed > 0) throw new Error(`the sample corpus did not ingest cleanly: ${summary.failed} failed`);
      project.provide('samplesIngest', { new: summary.new, updated: summary.updated, unchanged: summary.unchanged, failed: summary.failed });
    } finally {
      await graph.close();
    }
  } catch (err) {
    await teardown();
    throw err;
  }
  project.provide('neo4j', neo4j);
  return teardown;
}
