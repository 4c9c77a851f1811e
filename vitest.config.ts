import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql ships CJS (main) and ESM (module) builds. Node loads the CJS one for
// every importer; vite would give our sources the ESM one while yoga and
// graphql-tools (external) get CJS: two realms, and graphql's instanceof checks
// fail. Pointing vite at the CJS build keeps one instance, as in production.
const graphqlCjs = createRequire(import.meta.url).resolve('graphql');

// Three tiers, one command (`npm test`): `unit` is pure logic and needs nothing;
// `db` runs against a real Neo4j that test/setup/neo4j.global.ts provides once per run;
// `api` (GraphQL and the explorer) gets its own Neo4j with the sample corpus
// ingested once (test/setup/api-neo4j.global.ts), so reads can assert exact values.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.db.test.ts', 'test/**/*.api.test.ts', '**/node_modules/**'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'db',
          include: ['test/**/*.db.test.ts'],
          globalSetup: ['test/setup/neo4j.global.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Tests share one Neo4j; files run in parallel, isolated by run ids.
          fileParallelism: true,
        },
      },
      {
        resolve: { alias: [{ find: /^graphql$/, replacement: graphqlCjs }] },
        test: {
          name: 'api',
          include: ['test/api/**/*.api.test.ts', 'test/explorer/**/*.api.test.ts'],
          globalSetup: ['test/setup/api-neo4j.global.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Read tests assert exact values of the sample corpus, so files run one after
          // the other: a mutation test's documents (removed when it ends) never show in them.
          fileParallelism: false,
        },
      },
    ],
  },
});
