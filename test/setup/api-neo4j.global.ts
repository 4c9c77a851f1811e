import type { TestProject } from 'vitest/node';
import { SAMPLES_DIR } from '../../src/paths.js';
import { ingestPaths, type IngestSummary } from '../../src/pipeline/ingest.js';
import './neo4j.global.js';
import { provisionTestNeo4j } from './provision-neo4j.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** How the sample corpus went in, for tests that check the API against it. */
    samplesIngest: Pick<IngestSummary, 'new' | 'updated' | 'unchanged' | 'failed'>;
  }
}

/**
 * The `api` project's own Neo4j (chosen like the db project's, but a second
 * one), so read tests can assert exact values from the sample corpus while the
 * `db` project writes to its database in parallel. Migrated, and the samples
 * ingested once with the real pipeline. Provides the same `neo4j` value as the
 * db project, so test/helpers/graph.ts works here too.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { neo4j, teardown } = await provisionTestNeo4j('actorgraph-api-test', async (graph) => {
    const summary = await ingestPaths(graph, [SAMPLES_DIR]);
    if (summary.failed > 0) throw new Error(`the sample corpus did not ingest cleanly: ${summary.failed} failed`);
    project.provide('samplesIngest', { new: summary.new, updated: summary.updated, unchanged: summary.unchanged, failed: summary.failed });
  });
  project.provide('neo4j', neo4j);
  return teardown;
}
