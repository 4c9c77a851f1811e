import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { type Config, DEFAULTS } from '../config.js';
import type { Graph } from '../graph/client.js';
import { warmReadPlans } from '../graph/queries/warm.js';
import { ExtractorPool } from '../pipeline/extract-worker.js';
import { useArmor } from './armor.js';
import { useMutationToken } from './auth.js';
import { useBodyLimit } from './body-limit.js';
import { Semaphore } from './concurrency.js';
import { type ApiContext, createContext } from './context.js';
import { isAllowedOrigin } from './cors.js';
import { describeError, maskError } from './errors.js';
import { EXAMPLE_OPERATIONS } from './examples.js';
import { useVaryOrigin, useWriteGuard } from './guard.js';
import { costLimitRule, pageSizeRule } from './limits.js';
import { ByteBoundedCache } from './parse-cache.js';
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
  /** Largest request body, in bytes (default: ACTORGRAPH_MAX_BODY_BYTES). */
  maxBodyBytes?: number;
  /** Neo4j statements run at once over all requests (default: ACTORGRAPH_NEO4J_CONCURRENCY). */
  neo4jConcurrency?: number;
  /** Time budget of one `ingestDocument` extraction, in ms (default: ACTORGRAPH_EXTRACT_TIMEOUT_MS). */
  extractTimeoutMs?: number;
  /** The extraction workers (default: one worker, made here); tests share or replace it. */
  extractor?: ExtractorPool;
  /** Ready Neo4j's plans for the read statements at start, in the background (`serve` does; tests need not). */
  warmPlans?: boolean;
}

export type Api = YogaServerInstance<Record<string, unknown>, ApiContext>;

/** The cost and page-size rules, added to graphql-js's own validation (depth, aliases, tokens, directives: ./armor.ts). */
function useLimits(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(pageSizeRule());
      addValidationRule(costLimitRule());
    },
  };
}

/** Parse and validation caches: 8 MB in all, no source over 32 KB kept (see ./parse-cache.ts). */
const PARSE_CACHE = { maxBytes: 8 * 1024 * 1024, maxEntryBytes: 32 * 1024 };

/**
 * The GraphQL API: schema.graphql with its resolvers, per-request loaders,
 * limits (./armor.ts, ./limits.ts, body size, parse cache, Neo4j concurrency),
 * the write guard (./guard.ts), the mutation token, CORS and GraphiQL (from the local package, no CDN).
 * Use `api.fetch` in tests, or the instance itself as a node http handler.
 */
export function createApi(opts: ApiOptions): Api {
  const log = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const corsOrigins = opts.corsOrigins ?? [];
  const timeout = opts.queryTimeoutMs ?? DEFAULTS.queryTimeoutMs;
  const limits = limitsOf(opts);
  const neo4jGate = new Semaphore(limits.neo4jConcurrency);
  const extractor = opts.extractor ?? new ExtractorPool({ size: 1, timeoutMs: limits.extractTimeoutMs });
  if (opts.warmPlans) {
    // Best effort: a statement that cannot be planned fails again, with its context, when a request runs it.
    warmReadPlans(opts.graph).catch((err: unknown) => log(`planning the read statements at start failed: ${describeError(err)}`));
  }
  return createYoga<Record<string, unknown>, ApiContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    context: () => createContext(opts.graph, { queryTimeoutMs: timeout, neo4jGate, extractor }),
    // The body limit is ./body-limit.ts (the same 413, without a stream per request).
    maxRequestBodySize: false,
    parserAndValidationCache: { documentCache: new ByteBoundedCache(PARSE_CACHE), errorCache: new ByteBoundedCache(PARSE_CACHE), validationCache: true },
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
    plugins: [useBodyLimit(limits.maxBodyBytes), ...useArmor(), useLimits(), useWriteGuard(corsOrigins), useMutationToken(opts.apiToken), useVaryOrigin()],
  });
}

/** The limits given in the options (the CLI passes the configured ones); those left unset are the built-in defaults. */
function limitsOf(opts: ApiOptions): Omit<Config['apiLimits'], 'allowedHosts'> {
  return {
    maxBodyBytes: opts.maxBodyBytes ?? DEFAULTS.maxBodyBytes,
    neo4jConcurrency: opts.neo4jConcurrency ?? DEFAULTS.neo4jConcurrency,
    extractTimeoutMs: opts.extractTimeoutMs ?? DEFAULTS.extractTimeoutMs,
  };
}
