import { describe, expect, it } from 'vitest';
import { readCypherFile } from '../../src/graph/cypher.js';
import { TIES_KEPT } from '../../src/graph/ties.js';
import { MAX_PAGE } from '../../src/api/limits.js';

describe('the bound on kept ties', () => {
  it('is the one the schema file writes an older graph with', () => {
    const text = readCypherFile('schema/013-entity-ties');
    expect([...text.matchAll(/LIMIT (\d+)/g)].map((m) => Number(m[1]))).toEqual([TIES_KEPT]);
  });

  it("covers the largest neighbourhood: a ring's cap is its limit plus two", () => {
    expect(TIES_KEPT).toBeGreaterThanOrEqual(MAX_PAGE + 2);
  });
});
