/**
 * The local Neo4j: the embedded launcher (tools/neo4j) run as a JVM child of a
 * command, or as a detached daemon for `actorgraph neo4j start|stop|status`.
 *
 * Whoever starts it records it in <dataDir>/actorgraph-neo4j.pid, so every
 * other command on the same data folder reuses that Neo4j instead of starting
 * a second one (openLocalNeo4j). The launcher's protocol is in launcher.ts.
 */
import getPort from 'get-port';

export { startLocalNeo4j, type RunningNeo4j } from './child.js';
export { daemonStatus, startDaemon, stopDaemon, type LocalNeo4jStatus } from './daemon.js';
export { LocalNeo4jError, type LocalNeo4jErrorCode } from './errors.js';
export { isLauncherBuilt } from './launcher.js';
export type { LocalNeo4jOptions } from './options.js';
export { openLocalNeo4j, type LocalNeo4jSession } from './session.js';

/** A free port on 127.0.0.1, never one this process was given before (parallel starts do not collide). */
export function findFreePort(): Promise<number> {
  return getPort({ host: '127.0.0.1' });
}
