import { expect } from 'vitest';
import { type ApiOptions, createApi, type Api } from '../../src/api/server.js';
import type { Graph } from '../../src/graph/client.js';
import { connectTestGraph } from '../helpers/graph.js';

export interface GqlResponse<D = Record<string, any>> {
  status: number;
  data: D | null | undefined;
  errors: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }> | undefined;
  headers: Headers;
}

export interface TestApi {
  graph: Graph;
  api: Api;
  /** What the server logged (full errors). */
  logs: string[];
  gql<D = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResponse<D>>;
  /** The data of a query that must succeed (its errors fail the test, shown in full). */
  data(query: string, variables?: Record<string, unknown>): Promise<Record<string, any>>;
  close(): Promise<void>;
}

/** The API in process (yoga.fetch) on the api project's Neo4j, which holds the sample corpus. */
export async function openTestApi(opts: Omit<Partial<ApiOptions>, 'graph'> = {}): Promise<TestApi> {
  const graph = await connectTestGraph('actorgraph-api-test');
  const logs: string[] = [];
  const api = createApi({ graph, log: (line) => logs.push(line), ...opts });
  const gql: TestApi['gql'] = (query, variables, headers) => post(api, { query, ...(variables && { variables }) }, headers);
  return {
    graph,
    api,
    logs,
    gql,
    async data(query, variables) {
      const res = await gql(query, variables);
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      return res.data!;
    },
    close: () => graph.close(),
  };
}

export async function post<D>(api: Api, body: unknown, headers: Record<string, string> = {}): Promise<GqlResponse<D>> {
  const res = await api.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const json = (await res.json()) as { data?: D | null; errors?: GqlResponse['errors'] };
  return { status: res.status, data: json.data, errors: json.errors, headers: res.headers };
}
