/**
 * The daemon of `actorgraph neo4j start|stop|status`: a detached launcher that
 * outlives the command, logging to <dataDir>/launcher.log.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { LocalNeo4jError } from './errors.js';
import { launcherArgs } from './launcher.js';
import { type LocalNeo4jOptions, resolveOptions, STOP_GRACE_MS } from './options.js';
import { isLauncherAlive, isProcessAlive, livePidFile, removePidFile, writePidFile } from './pid-file.js';
import { checkBuilt, exitOf, waitForReady } from './ready.js';

const DAEMON_LOG = 'launcher.log';

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
export async function startDaemon(opts: LocalNeo4jOptions): Promise<{ uri: string; pid: number }> {
  const o = resolveOptions(opts);
  const existing = livePidFile(o.dataDir);
  if (existing) {
    const by = existing.owner !== undefined ? `, held by actorgraph process ${existing.owner}` : '';
    throw new LocalNeo4jError(
      'ALREADY_RUNNING',
      `the local Neo4j of ${o.dataDir} is already running (pid ${existing.pid}, port ${existing.port}${by}); commands use it as it is`,
      { pid: existing.pid, port: existing.port, dataDir: o.dataDir },
    );
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
    child = spawn(o.javaBin, launcherArgs(o, false), { detached: true, stdio: ['ignore', 'pipe', logFd], cwd: o.dataDir });
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
export async function stopDaemon(opts: { dataDir: string }): Promise<{ stopped: boolean; pid?: number }> {
  const dataDir = resolve(opts.dataDir);
  const info = livePidFile(dataDir);
  if (!info) return { stopped: false };
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
export async function daemonStatus(opts: { dataDir: string }): Promise<LocalNeo4jStatus> {
  const dataDir = resolve(opts.dataDir);
  const info = livePidFile(dataDir);
  if (!info) return { running: false };
  return {
    running: true,
    pid: info.pid,
    port: info.port,
    uri: `bolt://127.0.0.1:${info.port}`,
    ...(info.startedAt && { startedAt: info.startedAt }),
    ...(info.owner !== undefined && { owner: info.owner }),
  };
}
