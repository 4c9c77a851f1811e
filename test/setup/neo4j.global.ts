import type { TestProject } from 'vitest/node';
import { provisionTestNeo4j, type TestNeo4j } from './provision-neo4j.js';

export type { TestNeo4j } from './provision-neo4j.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

/**
 * One real Neo4j for the whole `db` run (see provisionTestNeo4j for which),
 * with the schema applied once here.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { neo4j, teardown } = await provisionTestNeo4j('actorgraph-test');
  project.provide('neo4j', neo4j);
  return teardown;
}
