import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Socket } from 'node:net';
import { launcherArgs } from './launcher.js';
import { type LocalNeo4jOptions, resolveOptions, STOP_GRACE_MS } from './options.js';
import { isLauncherAlive, readPidFile, removePidFile, writePidFile } from './pid-file.js';
import { checkBuilt, eachLine, exitOf, waitForReady } from './ready.js';

export interface RunningNeo4j {
  /** bolt://127.0.0.1:PORT */
  uri: string;
  pid: number;
  /** SIGTERM, wait for exit, SIGKILL after 20s. Safe to call more than once. */
  stop(): Promise<void>;
}

/**
 * Starts Neo4j as a child tied to this Node process: the launcher watches its
 * stdin, so when Node exits (even by SIGKILL) the pipe closes and the JVM shuts
 * down. The child does not keep Node's event loop alive by itself.
 */
export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<RunningNeo4j> {
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
