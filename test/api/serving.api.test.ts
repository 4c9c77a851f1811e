import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../src/api/http.js';
import { createApi } from '../../src/api/server.js';
import { listCypherFiles } from '../../src/graph/cypher.js';
import { warmReadPlans } from '../../src/graph/queries/warm.js';
import { openTestApi, type TestApi } from './client.js';

let t: TestApi;
beforeAll(async () => {
  t = await openTestApi();
});
afterAll(async () => t.close());

describe('batched reads (DataLoader per request)', () => {
  const PAGE = `query($n: Int) {
    actors(first: $n) { nodes { id name
      relations(first: 10) { predicate other { name } evidence(first: 2) { sentence { text } document { title } } }
      events(first: 5) { type place { name } participants { role entity { name } } }
      timeline(first: 5) { date event { id } }
      coMentioned(first: 3) { actor { name } }
      documents(first: 3) { id }
    } }
  }`;

  async function statementsFor(n: number): Promise<{ count: number; actors: number }> {
    const before = t.graph.statementCount;
    const res = await t.gql(PAGE, { n });
    expect(res.errors).toBeUndefined();
    return { count: t.graph.statementCount - before, actors: res.data!.actors.nodes.length };
  }

  it('costs the same bounded number of Cypher round trips for 10 actors as for 100', async () => {
    const ten = await statementsFor(10);
    const hundred = await statementsFor(100);
    expect(hundred.actors).toBe(100);
    expect(hundred.count).toBe(ten.count);
    // list + count, then one statement per field level: relations, evidence, entities, events, participants, timeline, co-mentions, documents…
    expect(hundred.count).toBeLessThanOrEqual(16);
  });

  it('does not share loaders between requests: a second request reads again', async () => {
    const q = '{ actor(id: "person:michelle bachelet") { name } }';
    await t.gql(q);
    const before = t.graph.statementCount;
    await t.gql(q);
    expect(t.graph.statementCount - before).toBe(1);
  });
});

describe('round trips of one view (statements sent, and how many waited on an earlier one)', () => {
  const ACTOR = 'person:michelle bachelet';

  /** Runs a query counting statements, and waves: statements started while none was in flight (round trips one after the other). */
  async function tripsOf(query: string): Promise<{ statements: number; waves: number }> {
    const graph = t.graph;
    const read = graph.read.bind(graph);
    let inFlight = 0;
    let statements = 0;
    let waves = 0;
    graph.read = (async (...args: Parameters<typeof read>) => {
      if (inFlight === 0) waves++;
      inFlight++;
      statements++;
      try {
        return await read(...args);
      } finally {
        inFlight--;
      }
    }) as typeof graph.read;
    try {
      const res = await t.gql(query, { id: ACTOR });
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      return { statements, waves };
    } finally {
      graph.read = read;
    }
  }

  it.each([
    ["an actor's events with their places", 2, 1, 'query($id: ID!) { actor(id: $id) { name events(first: 5) { id place { id name } } } }'],
    ["an actor's relations with both ends", 2, 1, 'query($id: ID!) { actor(id: $id) { relations(first: 5) { predicate subject { name } object { name } other { name type } } } }'],
    ["an actor's timeline with places", 2, 1, 'query($id: ID!) { actor(id: $id) { timeline(first: 5) { date roles event { id place { name } } } } }'],
    ['four lists of an actor, one through a fragment', 5, 1, 'query($id: ID!) { actor(id: $id) { name ...L events(first: 3) { id } documents(first: 2) { id } } } fragment L on Actor { timeline(first: 3) { date } relations { predicate } }'],
    ["an entity's events", 2, 1, 'query($id: ID!) { entity(id: $id) { name events(first: 3) { id } } }'],
    ["an entity's timeline (only on Actor: asked once it is known to be one)", 2, 2, 'query($id: ID!) { entity(id: $id) { ... on Actor { timeline(first: 3) { date } } } }'],
    ['a neighborhood of depth 1 with its edges (the center read by the ring)', 1, 1, 'query($id: ID!) { neighborhood(actor: $id, depth: 1, limit: 20) { center { name } nodes { id label } edges { id } } }'],
    ['a neighborhood of depth 2', 2, 2, 'query($id: ID!) { neighborhood(actor: $id, depth: 2, limit: 30) { nodes { id } edges { id } } }'],
  ])('%s: %i statements in at most %i round trip(s) one after another', async (_, statements, waves, query) => {
    const trips = await tripsOf(query);
    expect(trips.statements).toBe(statements);
    expect(trips.waves).toBeLessThanOrEqual(waves);
  });

  it('a list whose arguments are refused is reported once, by its field, after the prefetch', async () => {
    const res = await t.gql('query($id: ID!) { actor(id: $id) { name events(first: 500) { id } } }', { id: ACTOR });
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('an unknown actor is null, its prefetched lists dropped quietly', async () => {
    const logged = t.logs.length;
    const res = await t.gql('query($id: ID!) { actor(id: $id) { name events { id } relations { predicate } } }', { id: 'person:nobody at all' });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ actor: null });
    expect(t.logs.slice(logged)).toEqual([]);
  });
});

describe('planning at start', () => {
  it('EXPLAINs every read statement of the API, then runs those of the common views once (what `serve` starts with)', async () => {
    const statements = listCypherFiles().filter((n) => n.startsWith('api/')).length;
    const before = t.graph.statementCount;
    const sent = await warmReadPlans(t.graph);
    expect(statements).toBeGreaterThan(20);
    expect(sent).toBeGreaterThan(statements);
    expect(sent).toBeLessThanOrEqual(statements + 8);
    expect(t.graph.statementCount - before).toBe(sent);
  });
});

describe('GraphiQL', () => {
  it('serves GraphiQL at /graphql to browsers, from the local package, with the example operations', async () => {
    const res = await t.api.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain('<title>actorgraph GraphQL</title>');
    for (const op of ['query MostMentioned', 'query FindActor', 'query Connection', 'mutation Ingest']) expect(html).toContain(op);
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/unpkg\.com|jsdelivr|cdnjs/);
  });
});

describe('CORS', () => {
  const preflight = (api: TestApi['api'], origin: string) =>
    api.fetch('http://localhost/graphql', {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    });

  it('allows localhost origins and refuses others by default', async () => {
    for (const origin of ['http://localhost:5173', 'http://127.0.0.1:4000']) {
      const res = await preflight(t.api, origin);
      expect(res.headers.get('access-control-allow-origin'), origin).toBe(origin);
      expect(res.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    }
    for (const origin of ['https://evil.example', 'http://localhost.evil.example']) {
      const res = await preflight(t.api, origin);
      expect(res.headers.get('access-control-allow-origin'), origin).toBeNull();
    }
    const post = await t.api.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { documents } }' }),
    });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows the configured origins', async () => {
    const api = createApi({ graph: t.graph, corsOrigins: ['https://newsroom.example.org'], log: () => undefined });
    expect((await preflight(api, 'https://newsroom.example.org')).headers.get('access-control-allow-origin')).toBe('https://newsroom.example.org');
    expect((await preflight(api, 'https://other.example.org')).headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('the HTTP server', () => {
  it('routes /health, /graphql and unknown paths', async () => {
    const api = createApi({ graph: t.graph, log: () => undefined });
    const server = createHttpServer({ graph: t.graph, graphql: (req, res) => void api(req, res) });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const health = await fetch(`${base}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', neo4j: { reachable: true } });
      const gql = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ actor(id: "person:michelle bachelet") { name } }' }) });
      expect(await gql.json()).toEqual({ data: { actor: { name: 'Michelle Bachelet' } } });
      const get = await fetch(`${base}/graphql?query=${encodeURIComponent('{ stats { documents } }')}`);
      expect(((await get.json()) as { data: { stats: { documents: number } } }).data.stats.documents).toBeGreaterThan(0);
      const mutationByGet = await fetch(`${base}/graphql?query=${encodeURIComponent('mutation { deleteDocument(id: "x") { deleted } }')}`);
      expect(mutationByGet.status).toBe(405);
      expect((await fetch(`${base}/nowhere`)).status).toBe(404);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
