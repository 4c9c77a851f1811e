/**
 * <dataDir>/actorgraph-neo4j.pid: which launcher runs on a store, on which
 * port, and which actorgraph process holds it. Whoever starts a launcher writes
 * it, so every other command on the same store reuses that Neo4j.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PidFile {
  /** The launcher JVM. */
  pid: number;
  port: number;
  startedAt: string;
  /** The Node process whose child it is (`start`, `serve`, `ingest`…); absent for the daemon. */
  owner?: number;
}

const PID_FILE = 'actorgraph-neo4j.pid';

function pidFilePath(dataDir: string): string {
  return join(dataDir, PID_FILE);
}

export function writePidFile(dataDir: string, info: PidFile): void {
  writeFileSync(pidFilePath(dataDir), JSON.stringify(info) + '\n');
}

export function readPidFile(dataDir: string): PidFile | undefined {
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
    // Missing or unreadable: treated as no launcher.
  }
  return undefined;
}

/** The pid file of a launcher that still runs; a file a dead launcher left behind is removed on the way. */
export function livePidFile(dataDir: string): PidFile | undefined {
  const info = readPidFile(dataDir);
  if (!info || isLauncherAlive(info.pid)) return info;
  removePidFile(dataDir, info.pid);
  return undefined;
}

/** Removes the file, but only while it still names `pid` (when given): never another process's record. */
export function removePidFile(dataDir: string, pid?: number): void {
  if (pid !== undefined && readPidFile(dataDir)?.pid !== pid) return;
  rmSync(pidFilePath(dataDir), { force: true });
}

/**
 * Whether `pid` is a live launcher. On Linux /proc also rules out zombies and
 * a recycled pid now used by an unrelated program.
 */
export function isLauncherAlive(pid: number): boolean {
  if (!isProcessAlive(pid)) return false;
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

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
