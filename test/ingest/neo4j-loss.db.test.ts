// An ingest whose Neo4j dies mid-run: the CLI must stop within seconds, with
// ONE line naming what was being written and the hint that fits how the graph
// was opened, and a summary of what landed. Each case starts its own throwaway
// Neo4j (the local launcher on a free port) so it can be stopped.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { Graph } from '../../src/graph/client.js';
import { loadQueries } from '../../src/graph/cypher.js';
import { findFreePort, isLauncherBuilt, startDaemon, startLocalNeo4j, stopDaemon } from '../../src/neo4j-local/index.js';
import { migrate } from '../../src/graph/migrations.js';
import { DEFAULT_BATCH_SIZE } from '../../src/pipeline/ingest.js';
import { capitalize, randomTag } from '../helpers/extraction.js';

const q = loadQueries({ counts: 'document-graph-counts' }, join(import.meta.dirname, '..', 'cypher'));
const root = join(import.meta.dirname, '..', '..');
const javaBin = loadConfig().neo4j.local.javaBin;
/** Generous: the run must give up in seconds, not the 44-65 s it once took. */
const GIVE_UP_BUDGET_MS = 20_000;
/** Enough documents that the run is still going when Neo4j is stopped after the first group. */
const DOCUMENTS = 800;

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
});

function tempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `actorgraph-loss-${label}-`));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function writeCorpus(tag: string): string {
  const T = capitalize(tag);
  const harbours = ['Sines', 'Setubal', 'Leixoes', 'Viana', 'Figueira'];
  const lines = Array.from({ length: DOCUMENTS }, (_, i) =>
    JSON.stringify({
      id: `${tag}-${String(i).padStart(4, '0')}`,
      text: `Rita ${T}, who leads the ${T} Fishers Guild, met port officials in ${harbours[i % harbours.length]} on Friday. The guild said ${30 + i} boats stayed in harbour.`,
    }),
  );
  const file = join(tempDir('corpus'), 'docs.jsonl');
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

interface CliRun {
  child: ChildProcess;
  done: Promise<{ code: number; stderr: string }>;
}

/** The CLI from source in its own process, with exactly the Neo4j settings given. */
function startCli(args: string[], env: Record<string, string>): CliRun {
  const base = { ...process.env };
  for (const k of Object.keys(base)) if (k.startsWith('NEO4J_') || k.startsWith('ACTORGRAPH_')) delete base[k];
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'test', 'helpers', 'cli-from-source.ts'), ...args], {
    cwd: root,
    env: { ...base, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number; stderr: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stderr }));
  });
  cleanups.push(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  return { child, done };
}

async function storedDocuments(graph: Graph, tag: string): Promise<number> {
  const [row] = await graph.read<{ documents: number }>(q.counts, { prefix: tag });
  return row!.documents;
}

/** Waits until the run has committed at least `n` of its documents (or ended). */
async function waitForDocuments(uri: string, tag: string, n: number, run: CliRun): Promise<void> {
  const graph = await Graph.connect({ uri, app: 'actorgraph-loss-test-watch' });
  try {
    const deadline = Date.now() + 120_000;
    while ((await storedDocuments(graph, tag)) < n) {
      if (run.child.exitCode !== null) throw new Error(`the ingest ended before Neo4j was stopped:\n${(await run.done).stderr}`);
      if (Date.now() > deadline) throw new Error(`fewer than ${n} documents written after 120 s`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await graph.close();
  }
}

async function migrated(uri: string): Promise<void> {
  const graph = await Graph.connect({ uri, app: 'actorgraph-loss-test' });
  try {
    await migrate(graph);
  } finally {
    await graph.close();
  }
}

/** The run's stderr, split into the lines the assertions are about. */
function parse(stderr: string) {
  const lines = stderr.split('\n').filter((l) => l.trim() !== '');
  const lost = lines.filter((l) => /stopped answering|not reachable/.test(l));
  const summary = lines.map((l) => /^before it stopped: documents: (\d+) new, 0 updated, 0 unchanged, 0 failed \(\d+ in .+\)$/.exec(l)).find(Boolean);
  return { lines, lost, perDocumentErrors: lines.filter((l) => l.startsWith('error:')), written: summary ? Number(summary[1]) : undefined, summaryLine: summary };
}

describe.skipIf(!isLauncherBuilt())('an ingest whose Neo4j dies', () => {
  it('at NEO4J_URI: exits within seconds with one line naming the documents and NEO4J_URI, and a summary of what landed', async () => {
    const dataDir = tempDir('uri');
    const port = await findFreePort();
    let neo4j = await startLocalNeo4j({ port, dataDir, pageCache: '64m', javaBin });
    cleanups.push(() => neo4j.stop());
    await migrated(neo4j.uri);
    const tag = randomTag();
    const run = startCli(['ingest', '--quiet', writeCorpus(tag)], { NEO4J_URI: neo4j.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '' });

    // Two groups committed: with one transaction in flight, the first one's commit was confirmed to the run.
    await waitForDocuments(neo4j.uri, tag, 2 * DEFAULT_BATCH_SIZE, run);
    // Timed from the stop: a graceful shutdown of the JVM is part of what the run waits out.
    const gone = performance.now();
    await neo4j.stop();
    const { code, stderr } = await run.done;
    const tookMs = performance.now() - gone;

    const out = parse(stderr);
    expect(tookMs, stderr).toBeLessThan(GIVE_UP_BUDGET_MS);
    expect(code, stderr).toBe(1);
    expect(out.lost, stderr).toHaveLength(1);
    expect(out.lost[0]).toMatch(
      new RegExp(`^actorgraph ingest: Neo4j at bolt://127\\.0\\.0\\.1:${port} stopped answering \\(.+\\) while (writing|reading the stored state of) \\d+ documents? \\(.*docs\\.jsonl:\\d+(-\\d+)?\\); ingest stopped\\. Check NEO4J_URI`),
    );
    expect(out.perDocumentErrors).toEqual([]);
    expect(out.summaryLine, stderr).toBeDefined();
    expect(out.written!).toBeGreaterThanOrEqual(DEFAULT_BATCH_SIZE);
    expect(out.written!).toBeLessThan(DOCUMENTS);

    // What the summary says landed is in the store when it runs again; beyond it, at most the
    // one group whose commit was sent but not confirmed before the loss (a re-run skips it).
    neo4j = await startLocalNeo4j({ port: await findFreePort(), dataDir, pageCache: '64m', javaBin });
    const graph = await Graph.connect({ uri: neo4j.uri, app: 'actorgraph-loss-test' });
    try {
      const stored = await storedDocuments(graph, tag);
      expect(stored).toBeGreaterThanOrEqual(out.written!);
      expect(stored).toBeLessThanOrEqual(out.written! + DEFAULT_BATCH_SIZE);
    } finally {
      await graph.close();
    }
  }, 240_000);

  it('of the local launcher: the one line points at the launcher, not at NEO4J_URI', async () => {
    const dataDir = tempDir('local');
    const port = await findFreePort();
    const daemon = await startDaemon({ port, dataDir, pageCache: '64m', javaBin });
    cleanups.push(async () => void (await stopDaemon({ dataDir })));
    await migrated(daemon.uri);
    const tag = randomTag();
    const run = startCli(['ingest', '--quiet', writeCorpus(tag)], { ACTORGRAPH_DATA_DIR: dataDir, ACTORGRAPH_NEO4J_PORT: String(port) });

    await waitForDocuments(daemon.uri, tag, 2 * DEFAULT_BATCH_SIZE, run);
    // A crash, not a shutdown: the process we started is killed outright.
    process.kill(daemon.pid, 'SIGKILL');
    const gone = performance.now();
    const { code, stderr } = await run.done;
    const tookMs = performance.now() - gone;

    const out = parse(stderr);
    expect(tookMs, stderr).toBeLessThan(GIVE_UP_BUDGET_MS);
    expect(code, stderr).toBe(1);
    expect(out.lost, stderr).toHaveLength(1);
    expect(out.lost[0]).toMatch(/stopped answering \(.+\) while (writing|reading the stored state of) \d+ documents? \(.*docs\.jsonl:\d+(-\d+)?\); ingest stopped\./);
    expect(out.lost[0]).toContain('`actorgraph neo4j status`');
    expect(out.lost[0]).toContain(join(dataDir, 'launcher.log'));
    expect(out.lost[0]).not.toContain('NEO4J_URI');
    expect(out.perDocumentErrors).toEqual([]);
    expect(out.written!).toBeGreaterThanOrEqual(DEFAULT_BATCH_SIZE);
  }, 240_000);
});
