import { defineConfig } from 'vitest/config';

// Two tiers, one command (`npm test`): `unit` is pure logic and needs nothing;
// `db` runs against a real Neo4j that test/setup/neo4j.global.ts provides once per run.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.db.test.ts', '**/node_modules/**'],
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
    ],
  },
});
