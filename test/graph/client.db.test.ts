import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Graph } from '../../src/graph/client.js';
import { loadQueries } from '../../src/graph/cypher.js';
import { GraphError } from '../../src/graph/errors.js';
import { findFreePort } from '../../src/neo4j-local/index.js';
import { migrate, schemaVersions } from '../../src/graph/migrations.js';
import { connectTestGraph, runId } from '../helpers/graph.js';

const q = loadQueries(
  {
    createProbe: 'create-probe',
    readProbes: 'read-probes',
    createDocument: 'create-document',
    deleteRun: 'delete-run',
    fail: 'fail',
    showConstraints: 'show-schema',
    showIndexes: 'show-indexes',
  },
  join(import.meta.dirname, '..', 'cypher'),
);

describe('Graph (the driver door) against the real Neo4j', () => {
  let graph: Graph;
  const run = runId('client');
  beforeAll(async () => {
    graph = await connectTestGraph();
  });
  afterAll(async () => {
    await graph.write(q.deleteRun, { runId: run });
    await graph.close();
  });

  it('writes through the driver and reads the same data back', async () => {
    await graph.write(q.createProbe, { runId: run, name: 'Piñera', n: 1 });
    await graph.write(q.createProbe, { runId: run, name: 'Bachelet', n: 2 });
    const rows = await graph.read<{ name: string; n: number }>(q.readProbes, { runId: run });
    expect(rows).toEqual([
      { name: 'Piñera', n: 1 },
      { name: 'Bachelet', n: 2 },
    ]);
  });

  it('commits all statements of a transaction or none', async () => {
    const tx = runId('tx');
    await expect(
      graph.writeTransaction(async (t) => {
        await t.run(q.createProbe, { runId: tx, name: 'first', n: 1 });
        await t.run(q.fail, { zero: 0 });
      }),
    ).rejects.toBeInstanceOf(GraphError);
    expect(await graph.read(q.readProbes, { runId: tx })).toEqual([]);
  });

  it('names the failing query file in the error', async () => {
    const err = await graph.write(q.fail, { zero: 0 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GraphError);
    expect((err as GraphError).query).toBe('fail');
    expect((err as GraphError).message).toContain('fail.cypher');
  });

  it('maps a uniqueness violation to a CONSTRAINT error', async () => {
    const id = `${run}-doc`;
    await graph.write(q.createDocument, { id });
    const err = await graph.write(q.createDocument, { id }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GraphError);
    expect((err as GraphError).code).toBe('CONSTRAINT');
    expect((err as GraphError).neo4jCode).toBe('Neo.ClientError.Schema.ConstraintValidationFailed');
  });

  it('counts statements, so tests and benchmarks can count round trips', async () => {
    const before = graph.statementCount;
    await graph.read(q.readProbes, { runId: run });
    expect(graph.statementCount).toBe(before + 1);
  });

  it('reports reachability for /health', async () => {
    const ping = await graph.ping();
    expect(ping.ok).toBe(true);
    expect(ping.version).toMatch(/^Neo4j\/5\./);
  });

  it('fails to connect with UNAVAILABLE naming the URI', async () => {
    const uri = `bolt://127.0.0.1:${await findFreePort()}`;
    const err = await Graph.connect({ uri }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GraphError);
    expect((err as GraphError).code).toBe('UNAVAILABLE');
    expect((err as GraphError).message).toContain(uri);
  });
});

describe('schema migrations', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await connectTestGraph();
  });
  afterAll(async () => graph.close());

  it('created the constraints and full-text indexes', async () => {
    const [constraints] = await graph.read<{ names: string[] }>(q.showConstraints);
    expect(constraints!.names).toEqual(expect.arrayContaining(['document_id', 'entity_id', 'event_id', 'sentence_id']));
    const [indexes] = await graph.read<{ names: string[] }>(q.showIndexes);
    expect(indexes!.names).toEqual(expect.arrayContaining(['entity_names', 'sentence_text', 'event_type_date']));
  });

  it('is idempotent: a second run applies nothing', async () => {
    const report = await migrate(graph);
    expect(report.applied).toEqual([]);
    expect(report.unchanged).toEqual(schemaVersions());
  });
});
