import { resolve } from 'node:path';
import { LocalNeo4jError } from './errors.js';

/** How to run the local Neo4j; the defaults of port and store live in the configuration (src/config.ts). */
export interface LocalNeo4jOptions {
  /** Bolt port on 127.0.0.1. */
  port: number;
  /** Store directory (and pid file). */
  dataDir: string;
  /** Page cache size such as "64m" or "1g"; default: the launcher's (64m). */
  pageCache?: string;
  /** Java executable; default `java` on PATH (callers pass $JAVA_HOME/bin/java). */
  javaBin?: string;
  /** How long to wait for the ready line; default 120000. */
  readyTimeoutMs?: number;
  /** Receives the launcher's stderr lines (and lifecycle notes). */
  onLog?: (line: string) => void;
}

export interface ResolvedOptions {
  port: number;
  dataDir: string;
  pageCache: string | undefined;
  javaBin: string;
  readyTimeoutMs: number;
  onLog: (line: string) => void;
}

const DEFAULT_READY_TIMEOUT_MS = 120_000;
/** How long a launcher may take to stop after SIGTERM before it is killed. */
export const STOP_GRACE_MS = 20_000;

export function resolveOptions(opts: LocalNeo4jOptions): ResolvedOptions {
  const { port } = opts;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new LocalNeo4jError('START_FAILED', `invalid Bolt port ${port}: expected 1-65535`, { port });
  }
  return {
    port,
    dataDir: resolve(opts.dataDir),
    pageCache: opts.pageCache,
    javaBin: opts.javaBin ?? 'java',
    readyTimeoutMs: opts.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS,
    onLog: opts.onLog ?? (() => {}),
  };
}
