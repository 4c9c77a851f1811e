// One graph per user: with a server running, `ingest` and `export` started from
// another folder use that server's local Neo4j (found through the pid file of the
// configured data folder) instead of failing on its port or store lock, or
// starting a second, empty graph. Real processes, a real launcher, a temp data folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { daemonStatus, findFreePort, isLauncherBuilt } from '../../src/neo4j-local/index.js';
import { PACKAGE_ROOT } from '../../src/paths.js';

const built = isLauncherBuilt();
const CLI = join(PACKAGE_ROOT, 'test', 'helpers', 'cli-from-source.ts');
// `--import tsx` resolves from the working folder; these commands run from folders without node_modules.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const root = mkdtempSync(join(tmpdir(), 'actorgraph-shared-graph-'));
const dataDir = join(root, 'user-data');
const children: ChildProcess[] = [];

afterAll(async () => {
  for (const c of children) {
    if (c.exitCode === null && c.signalCode === null) {
      c.kill('SIGTERM');
      await new Promise((r) => c.once('exit', r));
    }
  }
  rmSync(root, { recursive: true, force: true });
});

/** The environment of a user whose data folder is the temp one: never the real user's. */
function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ACTORGRAPH_DATA_DIR: dataDir, ...extra };
  delete env.NEO4J_URI;
  return env;
}

function cli(cwd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', TSX, CLI, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.once('error', fail);
    child.once('exit', (code) => done({ code, stdout, stderr }));
  });
}

function folderWithDocs(name: string): string {
  const dir = join(root, name);
  mkdirSync(join(dir, 'news'), { recursive: true });
  writeFileSync(join(dir, 'news', 'port-strike.txt'), 'Dock workers in Valparaíso went on strike on Monday. The union leader Ramona Ortiz said the port authority had ignored them.\n');
  writeFileSync(join(dir, 'news', 'council-vote.txt'), 'The city council of Rosario elected Tomás Albornoz as its president on 3 March 2021.\n');
  return dir;
}

describe.skipIf(!built)('one graph per user, found from any folder', () => {
  it(
    'ingest and export from other folders use the running server\'s Neo4j and see the same graph',
    async () => {
      const boltPort = await findFreePort();
      const server = spawn(process.execPath, ['--import', TSX, CLI, 'serve', '--port', String(await findFreePort())], {
        cwd: PACKAGE_ROOT,
        env: userEnv({ ACTORGRAPH_NEO4J_PORT: String(boltPort) }),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      children.push(server);
      let serverErr = '';
      server.stderr.on('data', (d) => (serverErr += d));
      await new Promise<void>((ready, fail) => {
        let out = '';
        server.stdout.on('data', (d) => {
          out += d;
          if (out.includes('actorgraph listening')) ready();
        });
        server.once('exit', (code) => fail(new Error(`serve exited ${code}: ${serverErr}`)));
      });

      const status = await daemonStatus({ dataDir });
      expect(status).toMatchObject({ running: true, port: boltPort, owner: server.pid });

      // Another folder, and a different default port: the pid file says where the running one listens.
      const elsewhere = folderWithDocs('elsewhere');
      const env = userEnv({ ACTORGRAPH_NEO4J_PORT: String(await findFreePort()) });
      const ingest = await cli(elsewhere, ['ingest', '--quiet', 'news'], env);
      expect(ingest.stderr).toContain(`held by actorgraph process ${server.pid}`);
      expect(ingest.stderr).not.toMatch(/already in use|started at/);
      expect(ingest.code, ingest.stderr).toBe(0);
      expect(ingest.stderr).toMatch(/^documents: 2 new, 0 updated, 0 unchanged, 0 failed \(2 in [\d.]+s\)\ngraph: 2 documents, \d+ entities \(all new\)/m);

      const fromElsewhere = await cli(elsewhere, ['export', '--format', 'json'], env);
      const fromThird = await cli(folderWithDocs('third'), ['export', '--format', 'json'], env);
      expect(fromElsewhere.code, fromElsewhere.stderr).toBe(0);
      const a = JSON.parse(fromElsewhere.stdout) as { nodes: unknown[]; edges: unknown[] };
      const b = JSON.parse(fromThird.stdout) as { nodes: unknown[]; edges: unknown[] };
      expect(a.nodes.length).toBeGreaterThan(3);
      expect(b.nodes.length).toBe(a.nodes.length);
      expect(b.edges.length).toBe(a.edges.length);

      // The server still runs its Neo4j: the commands left it alone.
      expect((await daemonStatus({ dataDir })).running).toBe(true);
      const stop = await cli(elsewhere, ['neo4j', 'stop'], env);
      expect(stop.code).toBe(1);
      expect(stop.stderr).toContain(`belongs to actorgraph process ${server.pid}`);
    },
    240_000,
  );

  it('neo4j status names the data folder, running or not', async () => {
    const s = await cli(root, ['neo4j', 'status'], userEnv({ ACTORGRAPH_DATA_DIR: join(root, 'nothing-here') }));
    expect(s.code).toBe(3);
    expect(s.stdout).toBe(`not running\ndata: ${join(root, 'nothing-here')}\n`);
  }, 60_000);
});
