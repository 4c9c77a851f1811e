/**
 * Waiting for a launcher to come up: its one `NEO4J_READY bolt://…` line on
 * stdout, or an early exit turned into the matching typed error.
 */
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { JAVA_MISSING_MSG, LocalNeo4jError, NOT_BUILT_MSG, useUriHint } from './errors.js';
import { ERROR_PREFIX, EXIT_CODES, isLauncherBuilt, READY_PREFIX } from './launcher.js';
import type { ResolvedOptions } from './options.js';

export type Exit = { code: number | null; signal: NodeJS.Signals | null };

export function checkBuilt(): void {
  if (!isLauncherBuilt()) throw new LocalNeo4jError('NOT_BUILT', NOT_BUILT_MSG);
}

/** Calls `onLine` for each complete line of a stream. */
export function eachLine(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let buf = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    buf += chunk;
    let nl: number;
    while ((nl = buf.indexOf('\n')) >= 0) {
      onLine(buf.slice(0, nl).replace(/\r$/, ''));
      buf = buf.slice(nl + 1);
    }
  });
  stream.on('end', () => {
    if (buf) onLine(buf);
    buf = '';
  });
}

/** Resolves with the exit once `child` has exited (at once if it already has). */
export function exitOf(child: ChildProcess): Promise<Exit> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
}

/** Turns an early exit of the launcher into the matching error. */
function startFailure(o: ResolvedOptions, exit: Exit, stderrLines: string[], pid: number | undefined): LocalNeo4jError {
  const own = stderrLines.filter((l) => l.startsWith(ERROR_PREFIX)).map((l) => l.slice(ERROR_PREFIX.length));
  const detail = own.at(-1) ?? stderrLines.slice(-5).join('\n').trim();
  const ctx = { port: o.port, dataDir: o.dataDir, ...(pid !== undefined && { pid }), ...(detail && { detail }) };
  if (exit.code === EXIT_CODES.PORT_IN_USE) {
    return new LocalNeo4jError(
      'PORT_IN_USE',
      `cannot start the local Neo4j: port ${o.port} is already in use by a program that is not the local Neo4j of ${o.dataDir} (stop it, choose another port with ACTORGRAPH_NEO4J_PORT, ${useUriHint(o.port)})`,
      ctx,
    );
  }
  if (exit.code === EXIT_CODES.STORE_LOCKED) {
    return new LocalNeo4jError(
      'STORE_LOCKED',
      `cannot start the local Neo4j: data directory ${o.dataDir} is in use by another Neo4j process (stop it, use another data directory with ACTORGRAPH_DATA_DIR, ${useUriHint(o.port)})`,
      ctx,
    );
  }
  // A JVM older than 17 cannot load the launcher's class files.
  if (stderrLines.some((l) => /UnsupportedClassVersionError|has been compiled by a more recent version/.test(l))) {
    return new LocalNeo4jError('JAVA_MISSING', `${JAVA_MISSING_MSG}; ${o.javaBin} is older than Java 17`, ctx);
  }
  const how = exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
  return new LocalNeo4jError(
    'START_FAILED',
    `the local Neo4j failed to start (launcher ${how})${detail ? `: ${detail}` : ''}. Its logs are in ${join(o.dataDir, 'logs')}.`,
    ctx,
  );
}

function spawnError(o: ResolvedOptions, err: NodeJS.ErrnoException): LocalNeo4jError {
  const ctx = { port: o.port, dataDir: o.dataDir, cause: err };
  if (err.code === 'ENOENT' || err.code === 'EACCES') {
    return new LocalNeo4jError('JAVA_MISSING', `${JAVA_MISSING_MSG}; could not run ${o.javaBin} (${err.code})`, ctx);
  }
  return new LocalNeo4jError('START_FAILED', `could not run ${o.javaBin}: ${err.message}`, ctx);
}

/**
 * Waits for the ready line on the child's stdout. Rejects with the mapped error
 * if the launcher exits first or the timeout passes (then the child is killed).
 */
export function waitForReady(
  child: ChildProcess,
  o: ResolvedOptions,
  stderrLines: () => string[],
  onUnexpectedStdout: (line: string) => void,
): Promise<string> {
  return new Promise((resolveUri, reject) => {
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    const timer = setTimeout(() => {
      finish(() => {
        child.kill('SIGKILL');
        reject(
          new LocalNeo4jError(
            'START_TIMEOUT',
            `the local Neo4j did not become ready within ${Math.round(o.readyTimeoutMs / 1000)}s (logs: ${join(o.dataDir, 'logs')})`,
            { port: o.port, dataDir: o.dataDir, ...(child.pid !== undefined && { pid: child.pid }) },
          ),
        );
      });
    }, o.readyTimeoutMs);
    child.once('error', (err) => finish(() => reject(spawnError(o, err))));
    eachLine(child.stdout!, (line) => {
      if (line.startsWith(READY_PREFIX)) finish(() => resolveUri(line.slice(READY_PREFIX.length).trim()));
      else onUnexpectedStdout(line);
    });
    child.once('exit', (code, signal) => {
      // Let buffered stderr arrive before describing the failure.
      setImmediate(() => finish(() => reject(startFailure(o, { code, signal }, stderrLines(), child.pid))));
    });
  });
}
