/**
 * Runs the embedded Neo4j launcher (tools/neo4j) as a JVM child process, or as
 * a detached daemon for `actorgraph neo4j start|stop|status`.
 *
 * Whoever starts it (a command's child JVM or the daemon) records it in
 * <dataDir>/actorgraph-neo4j.pid, so every other command on the same data folder
 * reuses that Neo4j instead of starting a second one (openLocalNeo4j).
 *
 * The launcher's protocol: one `NEO4J_READY bolt://127.0.0.1:PORT` line on
 * stdout once Bolt accepts connections; startup failures are a distinct exit
 * code plus one `actorgraph-neo4j: ...` line on stderr.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync, readSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  ERROR_PREFIX,
  EXIT_CODES,
  LAUNCHER_JAR,
  READY_PREFIX,
  launcherBuilt,
  launcherJvmArgs,
} from './_local-neo4j-launcher.js';

export interface LocalNeo4jOptions {
  /** Bolt port on 127.0.0.1; default 7687. */
  port?: number;
  /** Store directory (and pid file); callers pass the configured one (src/config.ts). */
  dataDir?: string;
  /** Page cache size such as "64m" or "1g"; default: the launcher's (64m). */
  pageCache?: string;
  /** Java executable; default `java` on PATH (callers pass $JAVA_HOME/bin/java). */
  javaBin?: string;
  /** How long to wait for the ready line; default 120000. */
  readyTimeoutMs?: number;
  /** Receives the launcher's stderr lines (and lifecycle notes). */
  onLog?: (line: string) => void;
}

export interface RunningNeo4j {
  /** bolt://127.0.0.1:PORT */
  uri: string;
  pid: number;
  /** SIGTERM, wait for exit, SIGKILL after 20s. Safe to call more than once. */
  stop(): Promise<void>;
}

export type LocalNeo4jErrorCode =
  | 'JAVA_MISSING'
  | 'NOT_BUILT'
  | 'PORT_IN_USE'
  | 'STORE_LOCKED'
  | 'ALREADY_RUNNING'
  | 'START_TIMEOUT'
  | 'START_FAILED';

export class LocalNeo4jError extends Error {
  readonly code: LocalNeo4jErrorCode;
  readonly port: number | undefined;
  readonly dataDir: string | undefined;
  readonly pid: number | undefined;
  /** The launcher's own error line or stderr tail, when there is one. */
  readonly detail: string | undefined;
  constructor(
    code: LocalNeo4jErrorCode,
    message: string,
    context: { port?: number; dataDir?: string; pid?: number; detail?: string; cause?: unknown } = {},
  ) {
    super(message, context.cause !== undefined ? { cause: context.cause } : undefined);
    this.name = 'LocalNeo4jError';
    this.code = code;
    this.port = context.port;
    this.dataDir = context.dataDir;
    this.pid = context.pid;
    this.detail = context.detail;
  }
}

const DEFAULT_PORT = 7687;
const DEFAULT_READY_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 20_000;
const PID_FILE = 'actorgraph-neo4j.pid';
const DAEMON_LOG = 'launcher.log';

const JAVA_MISSING_MSG =
  'Java 17+ is needed to run the local Neo4j (install a JDK, or set NEO4J_URI to use an existing Neo4j)';
const NOT_BUILT_MSG = 'the local Neo4j launcher is not built: run `npm install` (or `node scripts/prepare-neo4j.mjs`)';

export function isLauncherBuilt(): boolean {
  return launcherBuilt();
}

/** A port that was free on 127.0.0.1 a moment ago. */
export function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => (port ? resolvePort(port) : reject(new Error('could not get a free port'))));
    });
  });
}

interface Resolved {
  port: number;
  dataDir: string;
  pageCache: string | undefined;
  javaBin: string;
  readyTimeoutMs: number;
  onLog: (line: string) => void;
}

function resolveOptions(opts: LocalNeo4jOptions = {}): Resolved {
  const port = opts.port ?? DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new LocalNeo4jError('START_FAILED', `invalid Bolt port ${port}: expected 1-65535`, { port });
  }
  return {
    port,
    dataDir: resolveDataDir(opts.dataDir),
    pageCache: opts.pageCache,
    javaBin: opts.javaBin ?? 'java',
    readyTimeoutMs: opts.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS,
    onLog: opts.onLog ?? (() => {}),
  };
}

function resolveDataDir(dataDir: string | undefined): string {
  return resolve(dataDir ?? join(process.cwd(), '.data', 'neo4j'));
}

/** The hint every "cannot start" message ends with: the way around the local Neo4j. */
const USE_URI_HINT = 'or set NEO4J_URI (e.g. NEO4J_URI=bolt://127.0.0.1:7687) to use a Neo4j that is already running';

function launcherArgs(o: Resolved, watchStdin: boolean): string[] {
  const args = [...launcherJvmArgs(), '-jar', LAUNCHER_JAR, '--port', String(o.port), '--data', o.dataDir];
  if (o.pageCache !== undefined) args.push('--page-cache', o.pageCache);
  if (watchStdin) args.push('--watch-stdin');
  return args;
}

/** Calls `onLine` for each complete line of a stream. */
function eachLine(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
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

/** Turns an early exit of the launcher into the matching error. */
function startFailure(
  o: Resolved,
  exit: { code: number | null; signal: NodeJS.Signals | null },
  stderrLines: string[],
  pid: number | undefined,
): LocalNeo4jError {
  const own = stderrLines.filter((l) => l.startsWith(ERROR_PREFIX)).map((l) => l.slice(ERROR_PREFIX.length));
  const detail = own.at(-1) ?? stderrLines.slice(-5).join('\n').trim();
  const ctx = { port: o.port, dataDir: o.dataDir, ...(pid !== undefined && { pid }), ...(detail && { detail }) };
  if (exit.code === EXIT_CODES.PORT_IN_USE) {
    return new LocalNeo4jError(
      'PORT_IN_USE',
      `cannot start the local Neo4j: port ${o.port} is already in use by a program that is not the local Neo4j of ${o.dataDir} (stop it, choose another port with ACTORGRAPH_NEO4J_PORT, ${USE_URI_HINT.replace('127.0.0.1:7687', `127.0.0.1:${o.port}`)})`,
      ctx,
    );
  }
  if (exit.code === EXIT_CODES.STORE_LOCKED) {
    return new LocalNeo4jError(
      'STORE_LOCKED',
      `cannot start the local Neo4j: data directory ${o.dataDir} is in use by another Neo4j process (stop it, use another data directory with ACTORGRAPH_DATA_DIR, ${USE_URI_HINT})`,
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

function spawnError(o: Resolved, err: NodeJS.ErrnoException): LocalNeo4jError {
  if (err.code === 'ENOENT' || err.code === 'EACCES') {
    return new LocalNeo4jError('JAVA_MISSING', `${JAVA_MISSING_MSG}; could not run ${o.javaBin} (${err.code})`, {
      port: o.port,
      dataDir: o.dataDir,
      cause: err,
    });
  }
  return new LocalNeo4jError('START_FAILED', `could not run ${o.javaBin}: ${err.message}`, {
    port: o.port,
    dataDir: o.dataDir,
    cause: err,
  });
}

function checkBuilt(): void {
  if (!launcherBuilt()) throw new LocalNeo4jError('NOT_BUILT', NOT_BUILT_MSG);
}

/** Resolves with the exit once `child` has exited (at once if it already has). */
function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
}

/**
 * Waits for the ready line on the child's stdout. Rejects with the mapped error
 * if the launcher exits first or the timeout passes (then the child is killed).
 */
function waitForReady(
  child: ChildProcess,
  o: Resolved,
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

/**
 * Starts Neo4j as a child tied to this Node process: the launcher watches its
 * stdin, so when Node exits (even by SIGKILL) the pipe closes and the JVM shuts
 * down. The child does not keep Node's event loop alive by itself.
 */
export async function startLocalNeo4j(opts?: LocalNeo4jOptions): Promise<RunningNeo4j> {
  const o = resolveOptions(opts);
  checkBuilt();
  mkdirSync(o.dataDir, { recursive: true });

  const child = spawn(o.javaBin, launcherArgs(o, true), { stdio: ['pipe', 'pipe', 'pipe'] });
  // Spawn failures are reported by waitForReady; this keeps later ones from crashing Node.
  child.on('error', (e) => o.onLog(`local Neo4j launcher: ${e.message}`));
  const stderrTail: string[] = [];
  eachLine(child.stderr!, (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 50) stderrTail.shift();
    o.onLog(line);
  });
  // Writing to the pipe never happens, but an EPIPE after the JVM exits must not crash Node.
  child.stdin!.on('error', () => {});

  const exited = exitOf(child);
  // Recorded at once, so a command started meanwhile waits for this one instead of starting a second.
  // (Never over the record of a live one: this start then fails on the store lock.)
  const recorded = readPidFile(o.dataDir);
  if (child.pid !== undefined && !(recorded && isLauncherAlive(recorded.pid))) {
    writePidFile(o.dataDir, { pid: child.pid, port: o.port, startedAt: new Date().toISOString(), owner: process.pid });
  }
  let uri: string;
  try {
    uri = await waitForReady(child, o, () => stderrTail, o.onLog);
  } catch (err) {
    if (child.pid !== undefined) removePidFile(o.dataDir, child.pid);
    throw err;
  }
  const pid = child.pid!;

  let stopping: Promise<void> | undefined;
  void exited.then(({ code, signal }) => {
    removePidFile(o.dataDir, pid);
    if (!stopping) o.onLog(`local Neo4j (pid ${pid}) exited unexpectedly (${signal ?? `code ${code}`})`);
  });
  // From here the JVM lives as long as Node does, but does not hold Node up.
  child.unref();
  for (const s of [child.stdin, child.stdout, child.stderr]) (s as Socket | null)?.unref();

  return {
    uri,
    pid,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) {
          child.kill('SIGTERM');
          const killer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
          await exited;
          clearTimeout(killer);
        }
        removePidFile(o.dataDir, pid);
        child.stdin?.destroy();
      })();
      return stopping;
    },
  };
}

// ---------------------------------------------------------------- daemon mode

interface PidFile {
  /** The launcher JVM. */
  pid: number;
  port: number;
  startedAt: string;
  /** The Node process whose child it is (`start`, `serve`, `ingest`…); absent for the daemon. */
  owner?: number;
}

function writePidFile(dataDir: string, info: PidFile): void {
  writeFileSync(pidFilePath(dataDir), JSON.stringify(info) + '\n');
}

function pidFilePath(dataDir: string): string {
  return join(dataDir, PID_FILE);
}

function readPidFile(dataDir: string): PidFile | undefined {
  try {
    const v = JSON.parse(readFileSync(pidFilePath(dataDir), 'utf8')) as Partial<PidFile>;
    if (typeof v.pid === 'number' && typeof v.port === 'number') {
      return {
        pid: v.pid,
        port: v.port,
        startedAt: typeof v.startedAt === 'string' ? v.startedAt : '',
        ...(typeof v.owner === 'number' && { owner: v.owner }),
      };
    }
  } catch {
    // Missing or unreadable: treated as no daemon.
  }
  return undefined;
}

function removePidFile(dataDir: string, pid?: number): void {
  // Only remove the file if it still names the process we mean.
  if (pid !== undefined && readPidFile(dataDir)?.pid !== pid) return;
  rmSync(pidFilePath(dataDir), { force: true });
}

/**
 * Whether `pid` is a live launcher. On Linux /proc also rules out zombies and
 * a recycled pid now used by an unrelated program.
 */
function isLauncherAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (existsSync('/proc/self/stat')) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
      if (state === 'Z' || state === 'X') return false;
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.includes('actorgraph-neo4j')) return false;
    } catch {
      return false;
    }
  }
  return true;
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Reads what was appended to a file after `offset`, capped at 64 KiB. */
function readFrom(file: string, offset: number): string {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const size = statSync(file).size;
    const len = Math.min(size - offset, 64 * 1024);
    if (len <= 0) return '';
    const buf = Buffer.alloc(len);
    readSync(fd, buf, 0, len, size - len);
    return buf.toString('utf8');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Starts a detached launcher that outlives this process; its stderr goes to
 * <dataDir>/launcher.log and its pid to <dataDir>/actorgraph-neo4j.pid.
 * Resolves once Bolt is ready.
 */
export async function startDaemon(opts?: LocalNeo4jOptions): Promise<{ uri: string; pid: number }> {
  const o = resolveOptions(opts);
  const existing = readPidFile(o.dataDir);
  if (existing) {
    if (isLauncherAlive(existing.pid)) {
      const by = existing.owner !== undefined ? `, held by actorgraph process ${existing.owner}` : '';
      throw new LocalNeo4jError(
        'ALREADY_RUNNING',
        `the local Neo4j of ${o.dataDir} is already running (pid ${existing.pid}, port ${existing.port}${by}); commands use it as it is`,
        { pid: existing.pid, port: existing.port, dataDir: o.dataDir },
      );
    }
    removePidFile(o.dataDir, existing.pid);
  }
  checkBuilt();
  mkdirSync(o.dataDir, { recursive: true });

  const logFile = join(o.dataDir, DAEMON_LOG);
  const logFd = openSync(logFile, 'a');
  const logStart = statSync(logFile).size;
  writeFileSync(logFd, `--- ${new Date().toISOString()} starting local Neo4j on port ${o.port}\n`);
  let child: ChildProcess;
  try {
    // stdout stays a pipe only until the ready line; the launcher writes nothing else there.
    child = spawn(o.javaBin, launcherArgs(o, false), {
      detached: true,
      stdio: ['ignore', 'pipe', logFd],
      cwd: o.dataDir,
    });
  } finally {
    closeSync(logFd);
  }

  // Spawn failures are reported by waitForReady; this keeps later ones from crashing Node.
  child.on('error', (e) => o.onLog(`local Neo4j launcher: ${e.message}`));
  const exited = exitOf(child);
  const pid = child.pid;
  if (pid !== undefined) writePidFile(o.dataDir, { pid, port: o.port, startedAt: new Date().toISOString() });
  const stderrLines = () => readFrom(logFile, logStart).split('\n');
  try {
    const uri = await waitForReady(child, o, stderrLines, (line) => o.onLog(line));
    o.onLog(`local Neo4j ready at ${uri} (pid ${pid})`);
    child.stdout?.destroy();
    child.unref();
    return { uri, pid: pid! };
  } catch (err) {
    if (pid !== undefined) {
      // A timeout already sent SIGKILL; make sure it is gone before reporting.
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
      removePidFile(o.dataDir, pid);
    }
    throw err;
  }
}

/**
 * Stops the local Neo4j of `dataDir`: SIGTERM, then SIGKILL after 20s. One held
 * by a running actorgraph process (`start`, `serve`) is left alone: stop that.
 */
export async function stopDaemon(opts: { dataDir?: string } = {}): Promise<{ stopped: boolean; pid?: number }> {
  const dataDir = resolveDataDir(opts.dataDir);
  const info = readPidFile(dataDir);
  if (!info) return { stopped: false };
  if (!isLauncherAlive(info.pid)) {
    removePidFile(dataDir, info.pid);
    return { stopped: false };
  }
  if (info.owner !== undefined && isProcessAlive(info.owner)) {
    throw new LocalNeo4jError(
      'ALREADY_RUNNING',
      `the local Neo4j of ${dataDir} (pid ${info.pid}) belongs to actorgraph process ${info.owner} (\`start\`, \`serve\` or \`ingest\`): stop that process and it stops too`,
      { pid: info.pid, port: info.port, dataDir },
    );
  }
  try {
    process.kill(info.pid, 'SIGTERM');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EPERM') {
      throw new Error(`cannot stop the local Neo4j (pid ${info.pid}): it belongs to another user`, { cause: e });
    }
    // ESRCH: it exited between the check and the signal.
  }
  const deadline = Date.now() + STOP_GRACE_MS;
  while (isLauncherAlive(info.pid) && Date.now() < deadline) await sleep(100);
  if (isLauncherAlive(info.pid)) {
    try {
      process.kill(info.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
    const killDeadline = Date.now() + 5_000;
    while (isLauncherAlive(info.pid) && Date.now() < killDeadline) await sleep(50);
  }
  removePidFile(dataDir, info.pid);
  return { stopped: true, pid: info.pid };
}

export interface LocalNeo4jStatus {
  running: boolean;
  /** The launcher JVM. */
  pid?: number;
  port?: number;
  uri?: string;
  startedAt?: string;
  /** The actorgraph process it is a child of; undefined for the daemon of `neo4j start`. */
  owner?: number;
}

/** Whether a local Neo4j runs on `dataDir`, whoever started it (the daemon or a command's child). */
export async function daemonStatus(opts: { dataDir?: string } = {}): Promise<LocalNeo4jStatus> {
  const dataDir = resolveDataDir(opts.dataDir);
  const info = readPidFile(dataDir);
  if (!info) return { running: false };
  if (!isLauncherAlive(info.pid)) {
    removePidFile(dataDir, info.pid);
    return { running: false };
  }
  return {
    running: true,
    pid: info.pid,
    port: info.port,
    uri: `bolt://127.0.0.1:${info.port}`,
    ...(info.startedAt && { startedAt: info.startedAt }),
    ...(info.owner !== undefined && { owner: info.owner }),
  };
}

// ------------------------------------------------------------- one per store

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

function describeHolder(status: LocalNeo4jStatus): string {
  return status.owner !== undefined ? `held by actorgraph process ${status.owner}` : 'started by `actorgraph neo4j start`';
}

/**
 * The local Neo4j of a data folder, one per folder: the one already running on
 * it — the daemon, or the child of a running `start`/`serve`/`ingest` — if there
 * is one, else a child started now. Two commands starting at the same moment
 * end up sharing the winner's.
 */
export async function openLocalNeo4j(opts: LocalNeo4jOptions = {}): Promise<LocalNeo4jSession> {
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
