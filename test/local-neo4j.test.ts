// The local Neo4j manager against the real launcher (tools/neo4j). Needs the
// launcher built (`node scripts/prepare-neo4j.mjs`) and Java 17+; each JVM
// start takes a few seconds, so starts are shared where the cases allow.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import {
  daemonStatus,
  findFreePort,
  isLauncherBuilt,
  LocalNeo4jError,
  openLocalNeo4j,
  startDaemon,
  startLocalNeo4j,
  stopDaemon,
  type RunningNeo4j,
} from '../src/neo4j-local/index.js';
import { PACKAGE_ROOT } from '../src/paths.js';

const built = isLauncherBuilt();
if (!built) console.warn('local-neo4j tests skipped: the launcher is not built (run node scripts/prepare-neo4j.mjs)');

const tempDirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'actorgraph-local-neo4j-test-'));
  tempDirs.push(d);
  return d;
}

/** Whether `pid` still runs (zombies count as gone). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return existsSync(`/proc/${pid}`) || !existsSync('/proc/self');
  }
}

async function waitGone(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!alive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !alive(pid);
}

async function roundTrip(uri: string, name: string): Promise<string> {
  const driver = neo4j.driver(uri);
  try {
    await driver.executeQuery('CREATE (:Probe {name: $name})', { name });
    const { records } = await driver.executeQuery('MATCH (p:Probe {name: $name}) RETURN p.name AS name', { name });
    return records[0]?.get('name') as string;
  } finally {
    await driver.close();
  }
}

async function expectCode(p: Promise<unknown>, code: LocalNeo4jError['code']): Promise<LocalNeo4jError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(LocalNeo4jError);
  expect((err as LocalNeo4jError).code).toBe(code);
  return err as LocalNeo4jError;
}

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
});

describe('findFreePort', () => {
  it('returns a port that can be bound on 127.0.0.1', async () => {
    const port = await findFreePort();
    expect(port).toBeGreaterThan(0);
    const srv = createServer();
    await new Promise<void>((res, rej) => srv.once('error', rej).listen(port, '127.0.0.1', () => res()));
    await new Promise((r) => srv.close(r));
  });
});

describe('startLocalNeo4j errors without a JVM', () => {
  it('names Java when the java binary does not exist', async () => {
    const err = await expectCode(
      startLocalNeo4j({ javaBin: join(tempDir(), 'no-such-java'), dataDir: tempDir(), port: await findFreePort() }),
      'JAVA_MISSING',
    );
    expect(err.message).toContain('Java 17+ is needed to run the local Neo4j');
    expect(err.message).toContain('NEO4J_URI');
  });
});

describe.skipIf(!built)('local Neo4j child process', () => {
  it(
    'starts, serves Bolt, refuses a second start on the same store or port, and stops',
    async () => {
      const dataDir = tempDir();
      const port = await findFreePort();
      const logs: string[] = [];
      const t0 = Date.now();
      const n: RunningNeo4j = await startLocalNeo4j({ port, dataDir, pageCache: '32m', onLog: (l) => logs.push(l) });
      cleanups.push(() => n.stop());
      console.log(`local Neo4j ready in ${Date.now() - t0} ms`);
      expect(n.uri).toBe(`bolt://127.0.0.1:${port}`);
      expect(alive(n.pid)).toBe(true);
      expect(await roundTrip(n.uri, 'first')).toBe('first');

      // Checkpoints by log volume, so a bulk ingest's transaction logs are pruned as it goes
      // (every 15 minutes, the default, they outgrew the store).
      const settings = neo4j.driver(n.uri);
      try {
        const { records } = await settings.executeQuery("SHOW SETTINGS YIELD name, value WHERE name IN ['db.checkpoint', 'db.checkpoint.interval.volume'] RETURN name, value ORDER BY name");
        expect(records.map((r) => [r.get('name'), r.get('value')])).toEqual([
          ['db.checkpoint', 'VOLUME'],
          ['db.checkpoint.interval.volume', '256.00MiB'],
        ]);
      } finally {
        await settings.close();
      }

      // Same store, another port: Neo4j's store lock.
      const locked = await expectCode(startLocalNeo4j({ port: await findFreePort(), dataDir }), 'STORE_LOCKED');
      expect(locked.message).toContain(dataDir);
      expect(locked.message).toContain('in use by another Neo4j process');

      // Same port, another store: caught before Neo4j starts.
      const taken = await expectCode(startLocalNeo4j({ port, dataDir: tempDir() }), 'PORT_IN_USE');
      expect(taken.message).toContain(`port ${port} is already in use`);
      expect(taken.port).toBe(port);

      expect(taken.message).toContain('NEO4J_URI');
      expect(locked.message).toContain('NEO4J_URI');

      // The first one is unharmed by both attempts.
      expect(await roundTrip(n.uri, 'second')).toBe('second');

      // It is recorded with its owner, so other commands on the same store use it.
      expect(await daemonStatus({ dataDir })).toMatchObject({ running: true, pid: n.pid, port, owner: process.pid });
      const shared = await openLocalNeo4j({ port: await findFreePort(), dataDir });
      expect(shared).toMatchObject({ uri: n.uri, pid: n.pid, started: false });
      expect(shared.heldBy).toBe(`held by actorgraph process ${process.pid}`);
      await shared.stop(); // not its to stop
      expect(await roundTrip(n.uri, 'third')).toBe('third');

      await n.stop();
      await n.stop(); // idempotent
      expect(alive(n.pid)).toBe(false);
      expect(logs.join('\n')).toContain('stopped');
      expect(existsSync(join(dataDir, 'actorgraph-neo4j.pid'))).toBe(false);

      // The store was closed cleanly and can be opened again, data intact.
      const again = await startLocalNeo4j({ port, dataDir });
      cleanups.push(() => again.stop());
      const driver = neo4j.driver(again.uri);
      try {
        const { records } = await driver.executeQuery('MATCH (p:Probe) RETURN count(p) AS c');
        expect(records[0]?.get('c').toNumber()).toBe(3);
      } finally {
        await driver.close();
      }
      await again.stop();
    },
    150_000,
  );

  it('reports a port held by another program as PORT_IN_USE', async () => {
    const srv: Server = createServer();
    await new Promise<void>((res) => srv.listen(0, '127.0.0.1', () => res()));
    const port = (srv.address() as { port: number }).port;
    try {
      const err = await expectCode(startLocalNeo4j({ port, dataDir: tempDir() }), 'PORT_IN_USE');
      expect(err.message).toContain(`port ${port} is already in use`);
    } finally {
      await new Promise((r) => srv.close(r));
    }
  }, 60_000);

  it(
    'exits when the Node process that started it dies',
    async () => {
      // A separate Node process (TypeScript via vite-node) starts the JVM; we
      // SIGKILL that process, so only the closed stdin pipe can tell the JVM.
      const dir = tempDir();
      const script = join(dir, 'parent.mts');
      const modUrl = new URL('../src/neo4j-local/index.ts', import.meta.url).href;
      writeFileSync(
        script,
        `import { startLocalNeo4j } from ${JSON.stringify(modUrl)};
const n = await startLocalNeo4j({ port: ${await findFreePort()}, dataDir: ${JSON.stringify(join(dir, 'data'))} });
console.log('STARTED ' + n.pid);
setInterval(() => {}, 60_000);
`,
      );
      const viteNode = join(PACKAGE_ROOT, 'node_modules', 'vite-node', 'vite-node.mjs');
      const parent = spawn(process.execPath, [viteNode, script], { cwd: PACKAGE_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      parent.stderr.on('data', (d) => (err += d));
      const jvmPid = await new Promise<number>((res, rej) => {
        parent.stdout.on('data', (d) => {
          out += d;
          const m = /STARTED (\d+)/.exec(out);
          if (m) res(Number(m[1]));
        });
        parent.once('exit', (code) => rej(new Error(`parent exited ${code} before the JVM was ready: ${err}`)));
      });
      cleanups.push(async () => {
        if (alive(jvmPid)) process.kill(jvmPid, 'SIGKILL');
      });
      expect(alive(jvmPid)).toBe(true);
      parent.kill('SIGKILL');
      expect(await waitGone(jvmPid, 30_000)).toBe(true);
    },
    120_000,
  );
});

describe.skipIf(!built)('local Neo4j daemon', () => {
  it(
    'starts detached, reports status, refuses a second start, stops, and cleans stale pid files',
    async () => {
      const dataDir = tempDir();
      const port = await findFreePort();
      const d = await startDaemon({ port, dataDir });
      cleanups.push(async () => void (await stopDaemon({ dataDir })));
      expect(d.uri).toBe(`bolt://127.0.0.1:${port}`);

      const pidFile = JSON.parse(readFileSync(join(dataDir, 'actorgraph-neo4j.pid'), 'utf8'));
      expect(pidFile).toMatchObject({ pid: d.pid, port });
      expect(typeof pidFile.startedAt).toBe('string');
      expect(readFileSync(join(dataDir, 'launcher.log'), 'utf8')).toContain(`port ${port}`);

      const status = await daemonStatus({ dataDir });
      expect(status).toMatchObject({ running: true, pid: d.pid, uri: d.uri });
      expect(status.startedAt).toBe(pidFile.startedAt);
      expect(await roundTrip(d.uri, 'daemon')).toBe('daemon');

      const dup = await expectCode(startDaemon({ port: await findFreePort(), dataDir }), 'ALREADY_RUNNING');
      expect(dup.message).toContain(`pid ${d.pid}`);
      expect(dup.message).toContain(`port ${port}`);
      expect(dup.message).toContain('is already running');

      expect(await stopDaemon({ dataDir })).toEqual({ stopped: true, pid: d.pid });
      expect(alive(d.pid)).toBe(false);
      expect(existsSync(join(dataDir, 'actorgraph-neo4j.pid'))).toBe(false);
      expect(await daemonStatus({ dataDir })).toEqual({ running: false });
      expect(await stopDaemon({ dataDir })).toEqual({ stopped: false });
      expect(readFileSync(join(dataDir, 'launcher.log'), 'utf8')).toContain('stopped');

      // A pid file left by a crash names a dead process: status cleans it up.
      writeFileSync(
        join(dataDir, 'actorgraph-neo4j.pid'),
        JSON.stringify({ pid: d.pid, port, startedAt: new Date().toISOString() }),
      );
      expect(await daemonStatus({ dataDir })).toEqual({ running: false });
      expect(existsSync(join(dataDir, 'actorgraph-neo4j.pid'))).toBe(false);
    },
    120_000,
  );

  it('reports a failed daemon start with the launcher error and leaves no pid file', async () => {
    const srv: Server = createServer();
    await new Promise<void>((res) => srv.listen(0, '127.0.0.1', () => res()));
    const port = (srv.address() as { port: number }).port;
    const dataDir = tempDir();
    try {
      const err = await expectCode(startDaemon({ port, dataDir }), 'PORT_IN_USE');
      expect(err.detail).toContain(`port ${port} is already in use`);
      expect(existsSync(join(dataDir, 'actorgraph-neo4j.pid'))).toBe(false);
    } finally {
      await new Promise((r) => srv.close(r));
    }
  }, 60_000);
});
