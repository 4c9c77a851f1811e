import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/client.js';
import { listCypherFiles, readCypherFile, splitStatements } from '../../src/graph/cypher.js';
import { connectTestGraph } from '../helpers/graph.js';

// Every statement the project ships is planned by the real Neo4j before any data is involved.
const files = listCypherFiles();
const schemaFiles = files.filter((f) => f.startsWith('schema/'));
const queryFiles = files.filter((f) => !f.startsWith('schema/'));

describe('every .cypher file is valid against the real Neo4j', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await connectTestGraph('actorgraph-explain');
  });
  afterAll(async () => graph.close());

  it('has files to check', () => {
    expect(schemaFiles.length).toBeGreaterThan(0);
    expect(queryFiles.length).toBeGreaterThan(0);
  });

  it.each(queryFiles)('EXPLAIN %s', async (name) => {
    await graph.explain({ name, text: readCypherFile(name) });
  });

  // Schema commands cannot be EXPLAINed; IF (NOT) EXISTS makes re-running them the check,
  // and a data backfill fills only what is missing (IS NULL).
  it.each(schemaFiles)('re-applies %s', async (name) => {
    for (const statement of splitStatements(readCypherFile(name))) {
      expect(statement).toMatch(/IF NOT EXISTS|IF EXISTS|^MATCH\b[\s\S]* IS NULL\b/);
      await graph.runSchema(name, statement);
    }
  });
});
