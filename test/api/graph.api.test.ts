import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentInput } from '../../src/model/document.js';
import { openTestApi, type TestApi } from './client.js';
import { loadOracle, oracle, sampleDocuments } from './corpus.js';

let t: TestApi;
let docs: Map<string, DocumentInput>;
let o: Awaited<ReturnType<typeof loadOracle>>;

beforeAll(async () => {
  t = await openTestApi();
  docs = await sampleDocuments();
  o = await loadOracle(t.graph);
});
afterAll(async () => t.close());

const data = (query: string, variables?: Record<string, unknown>) => t.data(query, variables);

const SYMMETRIC = ['OPPOSES', 'RELATIVE_OF'];
const related = (a: string, b: string) => o.relations.some((r) => (r.subject === a && r.object === b) || (r.subject === b && r.object === a));

const CONNECTION = `query($from: ID!, $to: ID!, $maxHops: Int) {
  connection(from: $from, to: $to, maxHops: $maxHops) {
    from { id } to { id } length
    paths { length entities { id }
      steps { kind from { id } to { id } predicate direction event { id } fromRoles toRoles sourceCount
        evidence { document { id } sentence { text start end } span { start end } } } }
  }
}`;

describe('connection', () => {
  it('finds a direct relation as a one-hop path, with its predicate, direction and evidence', async () => {
    const r = o.relations.find((x) => x.subject !== x.object)!;
    const { connection } = await data(CONNECTION, { from: r.subject, to: r.object });
    expect(connection).toMatchObject({ from: { id: r.subject }, to: { id: r.object }, length: 1 });
    const step = connection.paths.map((p: { steps: unknown[] }) => p.steps[0]).find((s: { predicate: string }) => s.predicate === r.predicate);
    expect(step).toMatchObject({ kind: 'RELATION', from: { id: r.subject }, to: { id: r.object }, direction: SYMMETRIC.includes(r.predicate) ? 'BOTH' : 'OUT', event: null, sourceCount: r.sourceCount });
    expect(step.evidence.length).toBeGreaterThan(0);
    for (const ev of step.evidence) expect(ev.sentence.text).toBe(docs.get(ev.document.id)!.text.slice(ev.sentence.start, ev.sentence.end));
    // Seen from the object, the same relation points IN.
    const back = (await data(CONNECTION, { from: r.object, to: r.subject })).connection;
    const backStep = back.paths.map((p: { steps: unknown[] }) => p.steps[0]).find((s: { predicate: string }) => s.predicate === r.predicate);
    expect(backStep.direction).toBe(SYMMETRIC.includes(r.predicate) ? 'BOTH' : 'IN');
  });

  it('goes through a shared event as one step of two hops, with both roles', async () => {
    let pair: { a: string; b: string } | undefined;
    for (const v of o.events) {
      const ids = [...new Set(v.participants.map((p) => p.entity))].sort();
      for (let i = 0; i < ids.length && !pair; i++) for (let j = i + 1; j < ids.length && !pair; j++) if (!related(ids[i]!, ids[j]!)) pair = { a: ids[i]!, b: ids[j]! };
      if (pair) break;
    }
    expect(pair, 'the corpus has two participants of one event without a direct relation').toBeDefined();
    const { a, b } = pair!;
    const shared = o.events.filter((v) => v.participants.some((p) => p.entity === a) && v.participants.some((p) => p.entity === b));
    const { connection } = await data(CONNECTION, { from: a, to: b });
    expect(connection.length).toBe(2);
    const eventSteps = connection.paths.filter((p: { steps: Array<{ kind: string }> }) => p.steps.length === 1 && p.steps[0]!.kind === 'SHARED_EVENT');
    expect(eventSteps.map((p: { steps: Array<{ event: { id: string } }> }) => p.steps[0]!.event.id).sort()).toEqual(shared.map((v) => v.id).sort().slice(0, 10));
    for (const path of eventSteps) {
      const step = path.steps[0];
      const v = shared.find((x) => x.id === step.event.id)!;
      expect(path.length).toBe(2);
      expect(path.entities.map((e: { id: string }) => e.id)).toEqual([a, b]);
      expect(step.fromRoles.sort()).toEqual([...new Set(v.participants.filter((p) => p.entity === a).map((p) => p.role))].sort());
      expect(step.toRoles.sort()).toEqual([...new Set(v.participants.filter((p) => p.entity === b).map((p) => p.role))].sort());
      expect(step.predicate).toBeNull();
      expect(step.evidence.length).toBeGreaterThan(0);
      for (const ev of step.evidence) expect(v.reportDocs).toContain(ev.document.id);
    }
    // One hop is not enough for a shared event.
    const near = (await data(CONNECTION, { from: a, to: b, maxHops: 1 })).connection;
    expect(near).toMatchObject({ length: null, paths: [] });
  });

  it('answers the same entity with an empty path, and refuses unknown ids and hop counts out of range', async () => {
    const same = (await data(CONNECTION, { from: 'person:michelle bachelet', to: 'person:michelle bachelet' })).connection;
    expect(same).toMatchObject({ length: 0, paths: [{ length: 0, entities: [{ id: 'person:michelle bachelet' }], steps: [] }] });
    const unknown = await t.gql(CONNECTION, { from: 'person:michelle bachelet', to: 'person:no such person' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    for (const maxHops of [0, 7]) {
      const res = await t.gql(CONNECTION, { from: 'person:michelle bachelet', to: 'person:evelyn matthei', maxHops });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

const NEIGHBORHOOD = `query($actor: ID!, $depth: Int, $limit: Int) {
  neighborhood(actor: $actor, depth: $depth, limit: $limit) {
    center { id } depth truncated edgesTruncated
    nodes { id label kind depth weight }
    edges { id source target type role weight }
  }
}`;

async function neighborsOf(id: string): Promise<string[]> {
  const [row] = await t.graph.read<{ ids: string[] }>(oracle.neighbors, { id });
  return row!.ids;
}

describe('neighborhood', () => {
  const center = 'person:michelle bachelet';

  it('draws the center, every node one hop away and the edges among them', async () => {
    const expected = await neighborsOf(center);
    const { neighborhood: n } = await data(NEIGHBORHOOD, { actor: center, depth: 1, limit: 100 });
    expect(n).toMatchObject({ center: { id: center }, depth: 1, truncated: false });
    expect(n.nodes[0]).toMatchObject({ id: center, depth: 0, label: 'Michelle Bachelet', kind: 'Person' });
    expect(n.nodes.slice(1).map((x: { id: string }) => x.id).sort()).toEqual([...expected].sort());
    for (const node of n.nodes.slice(1)) {
      expect(node.depth).toBe(1);
      expect(n.edges.some((e: { source: string; target: string }) => (e.source === center && e.target === node.id) || (e.target === center && e.source === node.id))).toBe(true);
    }
    const ids = new Set(n.nodes.map((x: { id: string }) => x.id));
    for (const e of n.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      expect(e.weight).toBeGreaterThanOrEqual(0);
      if (e.type === 'PARTICIPATED_IN') expect(e.role).not.toBeNull();
    }
    expect(new Set(n.edges.map((e: { id: string }) => e.id)).size).toBe(n.edges.length);
    // A small neighborhood keeps all its edges (the bound is four per node).
    expect(n.edgesTruncated).toBe(false);
    expect(n.edges.length).toBeLessThanOrEqual(4 * n.nodes.length);
    const events = n.nodes.filter((x: { kind: string }) => x.kind === 'Event');
    const truth = o.events.filter((v) => v.participants.some((p) => p.entity === center));
    expect(events.map((x: { id: string }) => x.id).sort()).toEqual(truth.map((v) => v.id).sort());
  });

  it('keeps the most strongly tied neighbors within the limit and says it cut some off', async () => {
    const full = (await data(NEIGHBORHOOD, { actor: center, depth: 1, limit: 100 })).neighborhood;
    const { neighborhood: n } = await data(NEIGHBORHOOD, { actor: center, depth: 1, limit: 3 });
    expect(n.nodes).toHaveLength(4);
    expect(n.truncated).toBe(true);
    // An actor ranks by its heaviest edge with the center (each node keeps that
    // edge among the drawn ones), an event by its reporting documents; ties by id.
    type Node = { id: string; kind: string; weight: number };
    type Edge = { source: string; target: string; weight: number };
    const tie = (x: Node) =>
      x.kind === 'Event'
        ? x.weight
        : Math.max(...full.edges.filter((e: Edge) => (e.source === x.id && e.target === center) || (e.target === x.id && e.source === center)).map((e: Edge) => e.weight));
    const ranked = (full.nodes.slice(1) as Node[])
      .map((x) => ({ id: x.id, tie: tie(x) }))
      .sort((a, b) => b.tie - a.tie || (a.id < b.id ? -1 : 1))
      .slice(0, 3)
      .map((x) => x.id);
    expect(n.nodes.slice(1).map((x: Node) => x.id)).toEqual(ranked);
  });

  it('reaches two hops out at depth 2, each new node next to a first-ring node', async () => {
    const { neighborhood: n } = await data(NEIGHBORHOOD, { actor: center, depth: 2, limit: 100 });
    const ring1 = n.nodes.filter((x: { depth: number }) => x.depth === 1).map((x: { id: string }) => x.id);
    expect(ring1.sort()).toEqual((await neighborsOf(center)).sort());
    const ring2 = n.nodes.filter((x: { depth: number }) => x.depth === 2);
    expect(ring2.length).toBeGreaterThan(0);
    const reachable = new Set((await Promise.all(ring1.map(neighborsOf))).flat());
    for (const node of ring2) {
      expect(reachable.has(node.id)).toBe(true);
      expect(ring1).not.toContain(node.id);
    }
  });

  it.each([
    [1, 100],
    [1, 3],
    [2, 100],
    [2, 8],
    [3, 20],
  ])('gives the same nodes and truncation when edges are not asked for (depth %i, limit %i)', async (depth, limit) => {
    const NODES_ONLY = `query($actor: ID!, $depth: Int, $limit: Int) { neighborhood(actor: $actor, depth: $depth, limit: $limit) { center { id name } truncated nodes { id label kind depth weight } } }`;
    const full = (await data(NEIGHBORHOOD, { actor: center, depth, limit })).neighborhood;
    const { neighborhood: n } = await data(NODES_ONLY, { actor: center, depth, limit });
    expect(n.center).toEqual({ id: center, name: 'Michelle Bachelet' });
    expect(n.truncated).toBe(full.truncated);
    expect(n.nodes).toEqual(full.nodes);
  });

  it('refuses a depth out of 1..3, a limit over 100 and an unknown center', async () => {
    for (const [vars, code] of [
      [{ depth: 4 }, 'BAD_USER_INPUT'],
      [{ depth: 0 }, 'BAD_USER_INPUT'],
      [{ limit: 101 }, 'BAD_USER_INPUT'],
      [{ actor: 'person:no such person' }, 'NOT_FOUND'],
    ] as const) {
      const res = await t.gql(NEIGHBORHOOD, { actor: center, ...vars });
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(vars)).toBe(code);
    }
  });
});
