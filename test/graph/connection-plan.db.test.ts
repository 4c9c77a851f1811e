import neo4j, { type Driver, type Plan } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readCypherFile } from '../../src/graph/cypher.js';

// A path predicate inside the shortest-path MATCH makes Neo4j plan an
// exhaustive fallback (every path up to the bound) for when no shortest path
// passes it: on a dense graph, asking how two unconnected actors connect then
// runs until the read timeout. The plan must be the plain shortest-path search.
function operators(plan: Plan): string[] {
  return [plan.operatorType.split('@')[0]!, ...plan.children.flatMap(operators)];
}

describe('the connection statement', () => {
  let driver: Driver;
  beforeAll(() => {
    const db = inject('neo4j');
    driver = neo4j.driver(db.uri, db.password ? neo4j.auth.basic(db.user, db.password) : undefined);
  });
  afterAll(async () => driver.close());

  it('plans one shortest-path search, without an exhaustive fallback over every path', async () => {
    const session = driver.session(inject('neo4j').database ? { database: inject('neo4j').database! } : {});
    try {
      const result = await session.run(`EXPLAIN ${readCypherFile('api/connection-paths')}`, {
        from: 'person:a',
        to: 'person:b',
        maxHops: neo4j.int(4),
        limit: neo4j.int(10),
      });
      const ops = operators(result.summary.plan as Plan);
      expect(ops).toContain('ShortestPath');
      expect(ops).not.toContain('AntiConditionalApply');
      expect(ops.some((op) => op.startsWith('VarLengthExpand'))).toBe(false);
    } finally {
      await session.close();
    }
  });
});
