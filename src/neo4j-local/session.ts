import { connect } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startLocalNeo4j } from './child.js';
import { daemonStatus, type LocalNeo4jStatus } from './daemon.js';
import { LocalNeo4jError } from './errors.js';
import { type LocalNeo4jOptions, resolveOptions } from './options.js';

export interface LocalNeo4jSession {
  uri: string;
  pid: number;
  /** True when this call started it; then stop() stops it. */
  started: boolean;
  /** Who runs it, for log lines: "started by `actorgraph neo4j start`", "held by actorgraph process 123". */
  heldBy: string;
  /** Stops it if this call started it; leaves another process's Neo4j alone. */
  stop(): Promise<void>;
}

/** Resolves once something accepts TCP connections on 127.0.0.1:port. */
function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

/**
 * Waits until the recorded local Neo4j accepts Bolt connections (it may still be
 * starting in another process). Undefined when it died meanwhile.
 */
async function waitUntilServing(dataDir: string, timeoutMs: number): Promise<LocalNeo4jStatus | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await daemonStatus({ dataDir });
    if (!status.running || status.port === undefined) return undefined;
    if (await acceptsConnections(status.port)) return status;
    if (Date.now() > deadline) {
      throw new LocalNeo4jError(
        'START_TIMEOUT',
        `the local Neo4j of ${dataDir} (pid ${status.pid}) did not accept connections on port ${status.port} within ${Math.round(timeoutMs / 1000)}s (logs: ${join(dataDir, 'logs')})`,
        { port: status.port, dataDir, ...(status.pid !== undefined && { pid: status.pid }) },
      );
    }
    await sleep(200);
  }
}

function describeHolder(status: LocalNeo4jStatus): string {
  return status.owner !== undefined ? `held by actorgraph process ${status.owner}` : 'started by `actorgraph neo4j start`';
}

/**
 * The local Neo4j of a data folder, one per folder: the one already running on
 * it — the daemon, or the child of a running `start`/`serve`/`ingest` — if there
 * is one, else a child started now. Two commands starting at the same moment
 * end up sharing the winner's.
 */
export async function openLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4jSession> {
  const o = resolveOptions(opts);
  const reuse = async (): Promise<LocalNeo4jSession | undefined> => {
    const status = await waitUntilServing(o.dataDir, o.readyTimeoutMs);
    if (!status) return undefined;
    return { uri: status.uri!, pid: status.pid!, started: false, heldBy: describeHolder(status), stop: async () => {} };
  };
  const running = await reuse();
  if (running) return running;
  try {
    const child = await startLocalNeo4j(opts);
    return { uri: child.uri, pid: child.pid, started: true, heldBy: `held by this process (${process.pid})`, stop: () => child.stop() };
  } catch (err) {
    // Lost a race with another command starting the same store: use its Neo4j.
    if (err instanceof LocalNeo4jError && (err.code === 'STORE_LOCKED' || err.code === 'PORT_IN_USE')) {
      const winner = await reuse();
      if (winner) return winner;
    }
    throw err;
  }
}
