import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Graph } from '../graph/client.js';
import { useMutationToken } from './auth.js';
import { type ApiContext, createContext } from './context.js';
import { isAllowedOrigin } from './cors.js';
import { describeError, maskError } from './errors.js';
import { EXAMPLE_OPERATIONS } from './examples.js';
import { costLimitRule, depthLimitRule, pageSizeRule } from './limits.js';
import { buildSchema } from './schema.js';

export interface ApiOptions {
  graph: Graph;
  /** When set, mutations need `Authorization: Bearer <token>`. */
  apiToken?: string | undefined;
  /** Origins allowed by CORS besides localhost ones. */
  corsOrigins?: string[];
  /** Where full errors go (the client only sees masked ones). */
  log?: (line: string) => void;
  /** Transaction timeout of every read, in ms. */
  queryTimeoutMs?: number;
}

/** Reads stop after this long unless told otherwise. */
export const DEFAULT_QUERY_TIMEOUT_MS = 10_000;

export type Api = YogaServerInstance<Record<string, unknown>, ApiContext>;

/** The depth, cost and page-size rules, added to graphql-js's own validation. */
function useLimits(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(pageSizeRule());
      addValidationRule(depthLimitRule());
      addValidationRule(costLimitRule());
    },
  };
}

/**
 * The GraphQL API: schema.graphql with its resolvers, per-request loaders,
 * limits, the mutation token, CORS and GraphiQL (from the local package, no CDN).
 * Use `api.fetch` in tests, or the instance itself as a node http handler.
 */
export function createApi(opts: ApiOptions): Api {
  const log = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const corsOrigins = opts.corsOrigins ?? [];
  const timeout = opts.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS;
  return createYoga<Record<string, unknown>, ApiContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    context: () => createContext(opts.graph, timeout),
    maskedErrors: { maskError, isDev: false },
    logging: {
      debug: () => undefined,
      info: () => undefined,
      warn: (...args: unknown[]) => log(`graphql warning: ${args.map(describeError).join(' ')}`),
      error: (...args: unknown[]) => log(`graphql error: ${args.map(describeError).join(' ')}`),
    },
    cors: (request) => {
      const origin = request.headers.get('origin');
      if (!origin || !isAllowedOrigin(origin, corsOrigins)) return false;
      return { origin: [origin], methods: ['GET', 'POST', 'OPTIONS'], allowedHeaders: ['content-type', 'authorization'], credentials: false, maxAge: 600 };
    },
    graphiql: {
      title: 'actorgraph GraphQL',
      defaultTabs: EXAMPLE_OPERATIONS.map((op) => ({ query: op.query, variables: op.variables ? JSON.stringify(op.variables, null, 2) : null })),
    },
    renderGraphiQL,
    landingPage: false,
    batching: false,
    plugins: [useLimits(), useMutationToken(opts.apiToken)],
  });
}
