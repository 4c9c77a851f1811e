import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../src/api/server.js';
import type { Graph } from '../../src/graph/client.js';
import { loadQueries } from '../../src/graph/cypher.js';
import { GraphError } from '../../src/graph/errors.js';
import { readerOf } from '../../src/graph/queries/read.js';
import { openTestApi, post, type TestApi } from './client.js';

const slow = loadQueries({ slow: 'api/slow' }, join(import.meta.dirname, '..', 'cypher')).slow;

let t: TestApi;
beforeAll(async () => {
  t = await openTestApi();
});
afterAll(async () => t.close());

const codeOf = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> | undefined }) => res.errors?.[0]?.extensions?.code;
/** Nothing a client receives may carry a stack trace or a file path of the server. */
function expectNoInternals(body: unknown) {
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/\bat .*\(.*:\d+:\d+\)|\.ts:\d+|node_modules|stack/);
}

describe('page sizes', () => {
  it('refuses `first` or `limit` over 100, literal or in a variable, at the top or nested', async () => {
    const cases: Array<[string, Record<string, unknown>?]> = [
      ['{ actors(first: 101) { totalCount } }'],
      ['query($n: Int) { events(first: $n) { totalCount } }', { n: 1000 }],
      ['{ actor(id: "person:michelle bachelet") { relations(first: 500) { predicate } } }'],
      ['query($n: Int) { actor(id: "person:michelle bachelet") { coMentioned(first: $n) { sentenceCount } } }', { n: 101 }],
      ['{ neighborhood(actor: "person:michelle bachelet", limit: 200) { depth } }'],
      ['{ search(q: "strike", first: 101) { query } }'],
    ];
    for (const [query, variables] of cases) {
      const res = await t.gql(query, variables);
      expect(codeOf(res), query).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.message).toMatch(/at most 100/);
      expectNoInternals(res);
    }
    const ok = await t.gql('{ actors(first: 100) { totalCount } }');
    expect(ok.errors).toBeUndefined();
  });

  it('refuses negative page sizes and cursors it did not make', async () => {
    expect(codeOf(await t.gql('query($n: Int) { actors(first: $n) { totalCount } }', { n: -1 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql('{ actors(after: "not-a-cursor") { totalCount } }'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql('{ events(from: "2013-13") { totalCount } }'))).toBe('BAD_USER_INPUT');
  });
});

describe('depth and cost', () => {
  it('refuses an operation nested deeper than the maximum, counting fragments', async () => {
    const deep = `{ actor(id: "person:michelle bachelet") { relations { other { ...R } } } }
      fragment R on Entity { relations { other { relations { other { relations { other { relations { other { name } } } } } } } } }`;
    const res = await t.gql(deep);
    expect(codeOf(res)).toBe('QUERY_TOO_COMPLEX');
    expect(res.errors![0]!.message).toMatch(/depth limit of 10 exceeded, found 12/);
    expect(res.data).toBeUndefined();
  });

  it('refuses an operation whose estimated cost is too high, and accepts a page of 100 actors with relations and evidence', async () => {
    const costly = await t.gql('{ actors(first: 100) { nodes { relations(first: 100) { other { relations(first: 100) { predicate } } } } } }');
    expect(codeOf(costly)).toBe('QUERY_TOO_COMPLEX');
    expect(costly.errors![0]!.message).toMatch(/estimated query cost \d+ exceeds the maximum of 100000/);
    // Aliases do not escape the estimate (12 aliases: under the alias limit).
    const aliased = await t.gql(`{ ${Array.from({ length: 12 }, (_, i) => `a${i}: actors(first: 100) { nodes { relations(first: 100) { other { name } } } }`).join(' ')} }`);
    expect(codeOf(aliased)).toBe('QUERY_TOO_COMPLEX');
    expect(aliased.errors![0]!.message).toMatch(/estimated query cost/);
    const fine = await t.gql('{ actors(first: 100) { nodes { relations(first: 20) { other { name } evidence(first: 5) { sentence { text } document { title } } } } } }');
    expect(fine.errors).toBeUndefined();
  });

  it('does not count introspection against the limits (GraphiQL loads the schema)', async () => {
    const res = await t.gql('{ __schema { types { name fields { name type { name kind ofType { name kind ofType { name kind ofType { name kind ofType { name } } } } } } } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data!.__schema.types.length).toBeGreaterThan(10);
  });
});

describe('malformed queries and unexpected errors', () => {
  it('answers a syntax error, an unknown field and a bad request body with GraphQL errors, no stack', async () => {
    const syntax = await t.gql('{ actors(first: 5) { nodes { name ');
    expect(syntax.errors![0]!.message).toMatch(/Syntax Error/);
    const unknown = await t.gql('{ actors { nodes { password } } }');
    expect(unknown.errors![0]!.message).toMatch(/Cannot query field "password"/);
    const garbage = await post(t.api, '{"query": ');
    expect(garbage.status).toBe(400);
    expect(garbage.errors!.length).toBeGreaterThan(0);
    for (const res of [syntax, unknown, garbage]) expectNoInternals(res);
  });

  it('masks a failure it did not expect, and logs it in full on the server', async () => {
    const broken = {
      read: async () => {
        throw new Error('disk on fire at /var/lib/secret');
      },
      statementCount: 0,
    } as unknown as Graph;
    const logs: string[] = [];
    const api = createApi({ graph: broken, log: (line) => logs.push(line) });
    const res = await post<{ stats: unknown }>(api, { query: '{ stats { documents } }' });
    expect(res.errors).toEqual([expect.objectContaining({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
    expectNoInternals(res);
    expect(JSON.stringify(res)).not.toContain('disk on fire');
    expect(logs.join('\n')).toContain('disk on fire at /var/lib/secret');
  });
});

describe('query timeout', () => {
  it('stops a read that runs past the reader timeout, as a TIMEOUT GraphError', async () => {
    const reader = readerOf(t.graph, 200);
    await expect(reader.read(slow)).rejects.toMatchObject({ code: 'TIMEOUT' });
  });

  it('runs every read of a request with the configured timeout', async () => {
    const timeouts: Array<number | undefined> = [];
    const spy = new Proxy(t.graph, {
      get(target, prop, receiver) {
        if (prop === 'read') return (q: never, p: never, opts: { timeoutMs?: number } = {}) => (timeouts.push(opts.timeoutMs), target.read(q, p, opts));
        return Reflect.get(target, prop, receiver);
      },
    });
    const api = createApi({ graph: spy, queryTimeoutMs: 1234, log: () => undefined });
    const res = await post(api, { query: '{ stats { documents } actors(first: 3) { nodes { relations { other { name } } events { id } } } }' });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(timeouts.length).toBeGreaterThan(3);
    expect(new Set(timeouts)).toEqual(new Set([1234]));
  });

  it('tells the client a query timed out, with a TIMEOUT code', async () => {
    const timingOut = {
      read: async () => {
        throw new GraphError('TIMEOUT', 'query timed out (in api/actors-list.cypher)', { query: 'api/actors-list' });
      },
    } as unknown as Graph;
    const api = createApi({ graph: timingOut, log: () => undefined });
    const res = await post(api, { query: '{ actors { totalCount } }' });
    expect(codeOf(res)).toBe('TIMEOUT');
    expect(res.errors![0]!.message).toMatch(/took too long/);
  });
});
