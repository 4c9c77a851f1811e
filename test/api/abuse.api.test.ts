import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../src/api/http.js';
import { createApi } from '../../src/api/server.js';
import type { Graph } from '../../src/graph/client.js';
import { ExtractorPool } from '../../src/pipeline/extract-worker.js';
import { randomTag } from '../helpers/extraction.js';
import { openTestApi, post, type TestApi } from './client.js';

/** Issue 11: what one client can make the API do. Each describe is one numbered item of the issue. */

let t: TestApi;
const tag = randomTag();
const created = new Set<string>();
beforeAll(async () => {
  t = await openTestApi();
});
afterAll(async () => {
  for (const id of created) await t.gql('mutation($id: ID!) { deleteDocument(id: $id) { deleted } }', { id });
  await t.close();
});

const codeOf = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> | undefined }) => res.errors?.[0]?.extensions?.code;
const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

/** A graph whose reads are counted while in flight (and last at least `delayMs`), to observe concurrency. */
function concurrencyProbe(graph: Graph, delayMs = 20) {
  const probe = { inFlight: 0, max: 0, reads: 0 };
  const spy = new Proxy(graph, {
    get(target, prop, receiver) {
      if (prop !== 'read') return Reflect.get(target, prop, receiver);
      return async (...args: Parameters<Graph['read']>) => {
        probe.reads++;
        probe.max = Math.max(probe.max, ++probe.inFlight);
        try {
          await new Promise((r) => setTimeout(r, delayMs));
          return await target.read(...args);
        } finally {
          probe.inFlight--;
        }
      };
    },
  });
  return { probe, graph: spy };
}

describe('1. query floods', () => {
  it('refuses a request body over the limit with 413, before parsing it', async () => {
    const api = createApi({ graph: t.graph, log: () => undefined, maxBodyBytes: 100_000 });
    const res = await post(api, { query: aliases(20_000, '__typename') });
    expect(res.status).toBe(413);
    expect(res.errors?.[0]?.message).toMatch(/too large/i);
  });

  it('refuses a body whose Content-Length is over the limit, or not one number, before reading it', async () => {
    const api = createApi({ graph: t.graph, log: () => undefined, maxBodyBytes: 100_000 });
    const send = (length: string) =>
      api.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': length }, body: '{"query":"{ stats { documents } }"}' });
    const over = await send('100001');
    expect(over.status).toBe(413);
    expect(((await over.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toMatch(/too large/i);
    expect((await send('12, 12')).status).toBe(400);
  });

  it('counts `__typename` aliases (armor exempts them by default) and stops a long document at the token limit', async () => {
    const thirty = await t.gql(aliases(30, '__typename'));
    expect(codeOf(thirty)).toBe('QUERY_TOO_COMPLEX');
    expect(thirty.errors![0]!.message).toMatch(/Aliases limit of 20 exceeded, found 30/);
    const flood = await t.gql(aliases(5_000, '__typename'));
    expect(codeOf(flood)).toBe('QUERY_TOO_COMPLEX');
    expect(flood.errors![0]!.message).toMatch(/Token limit of 2000 exceeded/);
    expect(flood.data).toBeUndefined();
    // The examples a client really sends stay well inside.
    expect((await t.gql('{ a: actors(first: 1) { totalCount } b: events(first: 1) { totalCount } }')).errors).toBeUndefined();
  });

  it('refuses too many directives', async () => {
    const res = await t.gql(`{ stats { documents ${'@include(if: true) '.repeat(30)} } }`);
    expect(codeOf(res)).toBe('QUERY_TOO_COMPLEX');
    expect(res.errors![0]!.message).toMatch(/Directives limit/);
  });
});

describe('2. the cost limit bounds real work', () => {
  it('refuses 5,000 aliases of `stats`, and reads the counts once for the aliases it accepts', async () => {
    expect(codeOf(await t.gql(aliases(5_000, 'stats { documents }')))).toBe('QUERY_TOO_COMPLEX');
    const before = t.graph.statementCount;
    const res = await t.gql(aliases(20, 'stats { documents }'));
    expect(res.errors).toBeUndefined();
    expect(new Set(Object.values(res.data!).map((s) => (s as { documents: number }).documents)).size).toBe(1);
    expect(t.graph.statementCount - before).toBe(4); // one stats read: labels, entity types, event types, predicates
  });

  it('prices full-text search and path search above plain fields', async () => {
    // 20 plain pages of 100 fit; 20 searches of 100 hits do not.
    expect((await t.gql(aliases(20, 'actors(first: 100) { nodes { name } }'))).errors).toBeUndefined();
    const searches = await t.gql(aliases(20, 'search(q: "strike", first: 100) { entities { entity { name } } sentences { sentence { text } } }'));
    expect(codeOf(searches)).toBe('QUERY_TOO_COMPLEX');
    expect(searches.errors![0]!.message).toMatch(/estimated query cost/);
    const paths = await t.gql(aliases(20, 'connection(from: "a", to: "b", first: 100) { length }'));
    expect(codeOf(paths)).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses a search text over 200 characters, as a user error', async () => {
    for (const [query, vars] of [
      ['query($q: String!) { search(q: $q) { query } }', { q: 'strike '.repeat(5_000) }],
      ['query($q: String) { actors(search: $q) { totalCount } }', { q: 'x'.repeat(201) }],
      ['query($q: String) { documents(search: $q) { totalCount } }', { q: 'x'.repeat(201) }],
    ] as const) {
      const res = await t.gql(query, vars);
      expect(codeOf(res), query).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.message).toMatch(/at most 200 characters/);
      expect(JSON.stringify(res).length).toBeLessThan(2_000);
    }
  });

  it('runs at most 4 statements of one request at once, however many aliases it has', async () => {
    const { probe, graph } = concurrencyProbe(t.graph);
    const api = createApi({ graph, log: () => undefined });
    const res = await post(api, { query: aliases(15, 'actors(first: 1) { totalCount }').replace(/actors\(first: 1\)/g, (m, i: number) => `actors(first: 1, type: ${['Person', 'Organization', 'Group'][i % 3]})`) });
    expect(res.errors).toBeUndefined();
    expect(probe.reads).toBeGreaterThanOrEqual(6);
    expect(probe.max).toBeLessThanOrEqual(4);
  });

  it('runs at most the configured number of statements at once over all requests', async () => {
    const { probe, graph } = concurrencyProbe(t.graph);
    const api = createApi({ graph, log: () => undefined, neo4jConcurrency: 3 });
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => post(api, { query: `{ actors(first: ${i + 1}) { totalCount nodes { id } } }` })));
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(probe.reads).toBeGreaterThanOrEqual(16);
    expect(probe.max).toBeLessThanOrEqual(3);
  });
});

describe('4. ingestDocument does not block the server', () => {
  /** About 100 KB of varied news prose, written here. */
  function longText(): string {
    const names = ['Aldora Venn', 'Casimir Oduya', 'Maren Holtz', 'Teodor Brisk', 'Ilse Marwick', 'Rafe Duquesne'];
    const towns = ['Tarsk', 'Velmont', 'Oskarby', 'Lunfield', 'Brackwater'];
    const parts: string[] = [];
    for (let i = 0; parts.join(' ').length < 100_000; i++) {
      const a = names[i % names.length]!;
      const b = names[(i * 5 + 1) % names.length]!;
      const town = towns[i % towns.length]!;
      parts.push(`${a}, the leader of the ${town} Workers Union, met ${b} in ${town} on ${1 + (i % 28)} March ${2000 + (i % 20)} and called a strike over wages.`);
      parts.push(`Police arrested ${b} after protesters marched through ${town}, the union said on Tuesday.`);
    }
    return parts.join(' ');
  }

  it('extracts on a worker thread: the event loop keeps turning, and a document over the time budget is refused with TIMEOUT', async () => {
    // A budget far below what ~100 KB takes to extract (over a second even on a fast machine).
    const extractor = new ExtractorPool({ timeoutMs: 500 });
    const api = createApi({ graph: t.graph, log: () => undefined, extractor });
    // Start the worker (and its warm-up) first, so the measure below is of extraction alone.
    const id = `api-abuse-small-${tag}`;
    created.add(id);
    const small = await post(api, { query: 'mutation($i: DocumentInput!) { ingestDocument(input: $i) { status } }', variables: { i: { id, text: 'Dock workers in Tarsk went on strike on Monday.' } } });
    expect(small.errors, JSON.stringify(small.errors)).toBeUndefined();

    let last = performance.now();
    let maxGap = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      maxGap = Math.max(maxGap, now - last);
      last = now;
    }, 10);
    const bigId = `api-abuse-big-${tag}`;
    created.add(bigId);
    const started = performance.now();
    const big = await post(api, { query: 'mutation($i: DocumentInput!) { ingestDocument(input: $i) { status } }', variables: { i: { id: bigId, text: longText() } } });
    clearInterval(ticker);
    expect(codeOf(big)).toBe('TIMEOUT');
    expect(big.errors![0]!.message).toMatch(/took longer than 500 ms/);
    expect(performance.now() - started).toBeLessThan(10_000);
    // Extracting this text on the main thread stops the loop for seconds; a margin for a busy machine.
    expect(maxGap).toBeLessThan(1_000);
    expect((await t.gql('query($id: ID!) { document(id: $id) { id } }', { id: bigId })).data!.document).toBeNull();
    // The stopped worker is replaced: the next document goes through.
    const again = await post(api, { query: 'mutation($i: DocumentInput!) { ingestDocument(input: $i) { status } }', variables: { i: { id, text: 'Dock workers in Tarsk went on strike again on Friday.' } } });
    expect(again.errors, JSON.stringify(again.errors)).toBeUndefined();
    await extractor.close();
  });
});

describe('8. writes safe by default (no token set)', () => {
  const docId = `api-abuse-csrf-${tag}`;
  const DELETE = `mutation { deleteDocument(id: "${docId}") { deleted } }`;
  const exists = async () => (await t.gql('query($id: ID!) { document(id: $id) { id } }', { id: docId })).data!.document !== null;

  beforeAll(async () => {
    created.add(docId);
    const res = await t.gql('mutation($i: DocumentInput!) { ingestDocument(input: $i) { status } }', { i: { id: docId, text: 'Miners in Velmont went on strike on Monday.' } });
    expect(res.errors).toBeUndefined();
  });

  async function raw(body: string, headers: Record<string, string>) {
    const res = await t.api.fetch('http://localhost/graphql', { method: 'POST', headers: { accept: 'application/json', ...headers }, body });
    const text = await res.text();
    // A request from an origin CORS refuses may get no body at all.
    return { status: res.status, headers: res.headers, json: (text ? JSON.parse(text) : {}) as { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } };
  }

  it('refuses a mutation sent as a cross-site form or as plain text (no CORS preflight), and the document stays', async () => {
    const form = await raw(new URLSearchParams({ query: DELETE }).toString(), { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' });
    expect(codeOf(form.json)).toBe('FORBIDDEN');
    const formSameSite = await raw(new URLSearchParams({ query: DELETE }).toString(), { 'content-type': 'application/x-www-form-urlencoded' });
    expect(codeOf(formSameSite.json)).toBe('FORBIDDEN');
    expect(formSameSite.json.errors![0]!.message).toMatch(/JSON request body/);
    // yoga reads no text/plain body: refused before any GraphQL runs.
    const text = await raw(JSON.stringify({ query: DELETE }), { 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
    expect(await exists()).toBe(true);
    // Queries in a form post still answer (a cross-site page cannot read the answer anyway).
    const query = await raw(new URLSearchParams({ query: '{ stats { documents } }' }).toString(), { 'content-type': 'application/x-www-form-urlencoded' });
    expect(query.json.errors).toBeUndefined();
  });

  it('refuses a JSON mutation from a foreign Origin, accepts it from localhost or a configured origin', async () => {
    const foreign = await raw(JSON.stringify({ query: DELETE }), { 'content-type': 'application/json', origin: 'https://evil.example' });
    expect(codeOf(foreign.json)).toBe('FORBIDDEN');
    expect(await exists()).toBe(true);
    const nullOrigin = await raw(JSON.stringify({ query: DELETE }), { 'content-type': 'application/json', origin: 'null' });
    expect(codeOf(nullOrigin.json)).toBe('FORBIDDEN');
    const configured = createApi({ graph: t.graph, log: () => undefined, corsOrigins: ['https://newsroom.example'] });
    const ok = await post(configured, { query: 'mutation { deleteDocument(id: "no-such-document") { deleted } }' }, { origin: 'https://newsroom.example' });
    expect(ok.errors).toBeUndefined();
    const local = await raw(JSON.stringify({ query: 'mutation { deleteDocument(id: "no-such-document") { deleted } }' }), { 'content-type': 'application/json', origin: 'http://localhost:5173' });
    expect(local.json.errors).toBeUndefined();
  });

  it('answers CORS requests with Vary: Origin', async () => {
    for (const origin of ['http://localhost:5173', 'https://evil.example']) {
      const res = await raw(JSON.stringify({ query: '{ stats { documents } }' }), { 'content-type': 'application/json', origin });
      expect(res.headers.get('vary') ?? '', origin).toMatch(/\bOrigin\b/i);
    }
  });

  it('answers only to loopback and configured Host names (DNS rebinding)', async () => {
    const api = createApi({ graph: t.graph, log: () => undefined });
    const server = createHttpServer({ graph: t.graph, graphql: (req, res) => void api(req, res), allowedHosts: ['0.0.0.0', 'graph.newsroom.example'] });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    const get = (host: string, path = '/health') =>
      new Promise<number>((resolve, reject) => {
        const req = httpRequest({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
    try {
      expect(await get(`evil.example:${port}`)).toBe(421);
      expect(await get(`evil.example:${port}`, '/graphql?query=%7Bstats%7Bdocuments%7D%7D')).toBe(421);
      expect(await get('0.0.0.0')).toBe(421);
      expect(await get(`localhost:${port}`)).toBe(200);
      expect(await get(`127.0.0.1:${port}`)).toBe(200);
      expect(await get(`[::1]:${port}`)).toBe(200);
      expect(await get('graph.newsroom.example')).toBe(200);
      expect(await get('GRAPH.newsroom.example:443')).toBe(200);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});

describe('9. input lengths', () => {
  const huge = 'x'.repeat(100_000);

  it('refuses a 100,000-character id with a clear user error that does not echo it', async () => {
    for (const [query, vars] of [
      ['mutation($id: ID!) { deleteDocument(id: $id) { deleted } }', { id: huge }],
      ['query($id: ID!) { connection(from: $id, to: "person:michelle bachelet") { length } }', { id: huge }],
      ['query($id: ID!) { connection(from: "person:michelle bachelet", to: $id) { length } }', { id: huge }],
      ['query($id: ID!) { actor(id: $id) { name } }', { id: huge }],
      ['query($id: ID!) { neighborhood(actor: $id) { depth } }', { id: huge }],
      ['query($id: ID!) { events(actor: $id) { totalCount } }', { id: huge }],
      ['query($id: ID!) { document(id: $id) { id } }', { id: huge }],
      ['query($a: String) { actors(after: $a) { totalCount } }', { a: huge }],
    ] as const) {
      const res = await t.gql(query, vars);
      expect(codeOf(res), query).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(res.errors).length, query).toBeLessThan(1_000);
      expect(res.errors![0]!.message, query).not.toMatch(/Unexpected error/);
    }
  });

  it('refuses a minConfidence outside 0..1', async () => {
    for (const v of [-0.1, 1.5]) {
      const res = await t.gql('query($c: Float) { events(minConfidence: $c) { totalCount } }', { c: v });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.message).toMatch(/between 0 and 1/);
    }
  });
});
