import { availableParallelism, homedir, totalmem } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { ActorgraphError } from './model/errors.js';

/**
 * The only reader of the environment. Everything configurable is named here,
 * with its default; command-line flags override it through `overrides`.
 */
export interface Config {
  neo4j: {
    /** Set: use this server or cluster (bolt://, neo4j://, neo4j+s://). Unset: the local embedded Neo4j. */
    uri: string | undefined;
    user: string;
    password: string;
    /** Database name; undefined means the server's default database. */
    database: string | undefined;
    local: {
      port: number;
      /**
       * Store and pid file of the local Neo4j. One per user by default
       * ($XDG_DATA_HOME/actorgraph/neo4j), so every command finds the same graph
       * and the Neo4j already running on it, whatever folder it runs from.
       */
      dataDir: string;
      pageCache: string;
      javaBin: string;
    };
  };
  server: {
    host: string;
    port: number;
    /** Origins allowed by CORS besides localhost ones. */
    corsOrigins: string[];
    /** When set, mutations need `Authorization: Bearer <token>`. */
    apiToken: string | undefined;
    /** How long one read of the API may run before it is stopped, in ms. */
    queryTimeoutMs: number;
  };
  /** What one client may make the API do (see src/api/guard.ts and src/api/limits.ts). */
  apiLimits: {
    /** Host names (with or without port) the server answers to besides loopback ones; `*` allows any. */
    allowedHosts: string[];
    /** Largest request body, in bytes. */
    maxBodyBytes: number;
    /** Neo4j statements the API runs at once, over all requests (the driver pool is 100). */
    neo4jConcurrency: number;
    /** How long extraction of one `ingestDocument` may run, in ms. */
    extractTimeoutMs: number;
  };
  ingest: {
    /** Extraction worker threads of `actorgraph ingest` (0: extract on the main thread). */
    workers: number;
  };
}

/** Extraction workers by default: every core but one (left to the writer and the event loop), at least one. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

/**
 * Page cache of the local Neo4j: a quarter of the machine's memory, at least
 * 256 MB and at most 4 GB. The store grows by about 50 KB per document, and
 * reads and writes that miss the cache cost Neo4j CPU; the cache is only
 * allocated as the store fills it, so a small graph costs little.
 */
export function defaultPageCache(memoryBytes = totalmem()): string {
  const mb = Math.floor(memoryBytes / 4 / 2 ** 20);
  return `${Math.min(4096, Math.max(256, mb))}m`;
}

/** Every built-in default, in one place: the loader below and the help texts read them from here. */
export const DEFAULTS = {
  neo4jPort: 7687,
  /** As shown to people; the loader computes it from XDG_DATA_HOME and HOME. */
  dataDirShown: '~/.local/share/actorgraph/neo4j',
  pageCache: defaultPageCache(),
  host: '127.0.0.1',
  port: 4000,
  queryTimeoutMs: 10_000,
  maxBodyBytes: 1_000_000,
  neo4jConcurrency: 32,
  extractTimeoutMs: 20_000,
} as const;

export const ENVIRONMENT_VARIABLES = {
  NEO4J_URI: 'Neo4j server or cluster URI; unset starts the local embedded Neo4j',
  NEO4J_USER: 'Neo4j user (default neo4j)',
  NEO4J_PASSWORD: 'Neo4j password',
  NEO4J_DATABASE: 'Neo4j database name (default: the server default)',
  ACTORGRAPH_DATA_DIR: `folder of the local Neo4j store and pid file (default $XDG_DATA_HOME/actorgraph/neo4j, i.e. ${DEFAULTS.dataDirShown})`,
  XDG_DATA_HOME: 'per-user data folder (default ~/.local/share); the local Neo4j lives in its actorgraph/neo4j',
  ACTORGRAPH_NEO4J_PORT: `Bolt port of the local Neo4j (default ${DEFAULTS.neo4jPort})`,
  ACTORGRAPH_NEO4J_PAGE_CACHE: `page cache of the local Neo4j (default ${DEFAULTS.pageCache})`,
  JAVA_HOME: 'Java 17+ used for the local Neo4j (default: java on PATH)',
  HOST: `address the GraphQL server binds (default ${DEFAULTS.host})`,
  PORT: `port of the GraphQL server (default ${DEFAULTS.port})`,
  ACTORGRAPH_CORS_ORIGINS: 'comma-separated origins allowed to call the API besides localhost',
  ACTORGRAPH_API_TOKEN: 'when set, mutations need Authorization: Bearer <token>',
  ACTORGRAPH_QUERY_TIMEOUT_MS: `how long one API read may run before it is stopped (default ${DEFAULTS.queryTimeoutMs})`,
  ACTORGRAPH_ALLOWED_HOSTS: 'comma-separated Host names the server answers to besides localhost and HOST (* for any)',
  ACTORGRAPH_MAX_BODY_BYTES: `largest HTTP request body the API reads (default ${DEFAULTS.maxBodyBytes})`,
  ACTORGRAPH_NEO4J_CONCURRENCY: `Neo4j statements the API runs at once over all requests (default ${DEFAULTS.neo4jConcurrency})`,
  ACTORGRAPH_EXTRACT_TIMEOUT_MS: `how long extraction of one ingestDocument may run (default ${DEFAULTS.extractTimeoutMs})`,
  ACTORGRAPH_WORKERS: 'extraction worker threads of `actorgraph ingest` (default: cores - 1, at least 1; 0 extracts on the main thread)',
} as const;

/** An environment variable with a value that cannot be used; names the variable. */
export class ConfigError extends ActorgraphError<'CONFIG'> {
  readonly variable: string;
  constructor(variable: string, message: string) {
    super('CONFIG', `${variable}: ${message}`);
    this.variable = variable;
  }
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): Config {
  const str = (name: keyof typeof ENVIRONMENT_VARIABLES): string | undefined => {
    const v = env[name];
    return v === undefined || v.trim() === '' ? undefined : v.trim();
  };
  const port = (name: keyof typeof ENVIRONMENT_VARIABLES, fallback: number): number => {
    const raw = str(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > 65535) throw new ConfigError(name, `expected a port number (1-65535), got "${raw}"`);
    return n;
  };
  const positiveInt = (name: keyof typeof ENVIRONMENT_VARIABLES, fallback: number, unit = 'milliseconds'): number => {
    const raw = str(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new ConfigError(name, `expected a whole number of ${unit} above 0, got "${raw}"`);
    return n;
  };
  const list = (name: keyof typeof ENVIRONMENT_VARIABLES): string[] =>
    (str(name) ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const uri = str('NEO4J_URI');
  if (uri !== undefined && !/^(bolt|neo4j)(\+s|\+ssc)?:\/\/./.test(uri)) {
    throw new ConfigError('NEO4J_URI', `expected bolt://, neo4j://, neo4j+s:// or bolt+s:// URI, got "${uri}"`);
  }
  const dataDir = str('ACTORGRAPH_DATA_DIR') ?? defaultDataDir(str('XDG_DATA_HOME'), env.HOME);
  const javaHome = str('JAVA_HOME');
  return {
    neo4j: {
      uri,
      user: str('NEO4J_USER') ?? 'neo4j',
      password: str('NEO4J_PASSWORD') ?? '',
      database: str('NEO4J_DATABASE'),
      local: {
        port: port('ACTORGRAPH_NEO4J_PORT', DEFAULTS.neo4jPort),
        dataDir: isAbsolute(dataDir) ? dataDir : resolve(cwd, dataDir),
        pageCache: str('ACTORGRAPH_NEO4J_PAGE_CACHE') ?? DEFAULTS.pageCache,
        javaBin: javaHome ? join(javaHome, 'bin', 'java') : 'java',
      },
    },
    server: {
      host: str('HOST') ?? DEFAULTS.host,
      port: port('PORT', DEFAULTS.port),
      corsOrigins: (str('ACTORGRAPH_CORS_ORIGINS') ?? '').split(',').map((s) => s.trim()).filter(Boolean),
      apiToken: str('ACTORGRAPH_API_TOKEN'),
      queryTimeoutMs: positiveInt('ACTORGRAPH_QUERY_TIMEOUT_MS', DEFAULTS.queryTimeoutMs),
    },
    apiLimits: {
      allowedHosts: [...(str('HOST') ? [str('HOST')!] : []), ...list('ACTORGRAPH_ALLOWED_HOSTS')],
      maxBodyBytes: positiveInt('ACTORGRAPH_MAX_BODY_BYTES', DEFAULTS.maxBodyBytes, 'bytes'),
      neo4jConcurrency: positiveInt('ACTORGRAPH_NEO4J_CONCURRENCY', DEFAULTS.neo4jConcurrency, 'statements'),
      extractTimeoutMs: positiveInt('ACTORGRAPH_EXTRACT_TIMEOUT_MS', DEFAULTS.extractTimeoutMs),
    },
    ingest: {
      workers: workerCount(str('ACTORGRAPH_WORKERS')),
    },
  };
}

function workerCount(raw: string | undefined): number {
  if (raw === undefined) return defaultWorkers();
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new ConfigError('ACTORGRAPH_WORKERS', `expected a whole number of worker threads from 0 to 64, got "${raw}"`);
  return n;
}

/**
 * The per-user store of the local Neo4j: $XDG_DATA_HOME/actorgraph/neo4j, else
 * ~/.local/share/actorgraph/neo4j (the XDG base directory default).
 */
export function defaultDataDir(xdgDataHome: string | undefined, home: string | undefined): string {
  const base = xdgDataHome && isAbsolute(xdgDataHome) ? xdgDataHome : join(home?.trim() || homedir(), '.local', 'share');
  return join(base, 'actorgraph', 'neo4j');
}
