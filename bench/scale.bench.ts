// Scale: how ingest and reads hold up as the graph grows. Generated news-like
// documents (bench/corpus.ts, `news` names: hubs and a long tail) go into an
// empty Neo4j in steps (BENCH_SCALE_STEPS, default 10k, 20k, ... 100k
// documents in the graph) through the pipeline's ingest; after each step: the
// step's docs/s, the store's size on disk, and single-client latencies of the
// explorer's reads over GraphQL/HTTP, for typical actors and for the top hub.
import { readdirSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createHttpServer } from '../src/api/http.js';
import { loadConfig } from '../src/config.js';
import { createApi } from '../src/api/server.js';
import { extract } from '../src/extract/index.js';
import { toDocumentRows } from '../src/graph/document-rows.js';
import { contentHash, DEFAULT_BATCH_SIZE, ingestDocuments } from '../src/pipeline/ingest.js';
import { type Actor, allActors, body, CONNECTION, type GraphStats, NEIGHBORHOOD, patiently, SEARCH_ACTORS, STATS, searchTexts, TIMELINE, typicalAndHub } from './api-operations.js';
import { generateCorpus } from './corpus.js';
import { post } from './http-load.js';
import { benchGraph } from './neo4j.js';
import { table } from './stats.js';
import { neo4jCpuSeconds, profileWrite, type StatementCost } from './write-profile.js';

const STEPS = (process.env.BENCH_SCALE_STEPS ?? '10000,20000,30000,40000,50000,60000,70000,80000,90000,100000')
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0)
  .sort((a, b) => a - b);
const SEED = Number(process.env.BENCH_SCALE_SEED ?? 13);
/** Timed requests per read and actor group, after one untimed pass over the inputs. */
const REQUESTS = Number(process.env.BENCH_SCALE_REQUESTS ?? 40);
const NEIGHBORHOOD_LIMIT = 50;
const MAX_HOPS = 4;
const PATHS = 5;
const SEARCH_FIRST = 12;
/** `0`: ingest only, no reads after each step (the ingest trend in less time). */
const READS = process.env.BENCH_SCALE_READS !== '0';
/**
 * `1`: after each step, one group of documents that come after the corpus is
 * written with every statement PROFILEd and rolled back: db hits per document
 * of each ingest statement, the same group at every step (what grows with the graph).
 */
const PROFILE = process.env.BENCH_SCALE_PROFILE === '1';
const TIMELINE_FIRST = 50;

interface Read {
  name: string;
  /** Request bodies for the typical actors and for the hub. */
  bodies: (typical: Actor[], hub: Actor) => { typical: string[]; hub: string[] };
}

const READ_KINDS: Read[] = [
  {
    name: 'search',
    bodies: (typical, hub) => {
      const of = (a: Actor) => searchTexts(a).map(({ text }) => body(SEARCH_ACTORS, { search: text, first: SEARCH_FIRST }));
      return { typical: typical.flatMap(of), hub: of(hub) };
    },
  },
  ...[1, 2].map((depth) => ({
    name: `neighborhood depth ${depth}`,
    bodies: (typical: Actor[], hub: Actor) => {
      const of = (a: Actor) => body(NEIGHBORHOOD, { actor: a.id, depth, limit: NEIGHBORHOOD_LIMIT });
      return { typical: typical.map(of), hub: [of(hub)] };
    },
  })),
  {
    // Typical: between typical actors (often no path within the bound: the costly case); hub: from the hub to each typical actor.
    name: `connection maxHops ${MAX_HOPS}`,
    bodies: (typical, hub) => {
      const of = (a: Actor, b: Actor) => body(CONNECTION, { from: a.id, to: b.id, maxHops: MAX_HOPS, first: PATHS });
      return { typical: typical.map((a, i) => of(a, typical[(i + 1) % typical.length]!)), hub: typical.map((a) => of(hub, a)) };
    },
  },
  {
    name: 'timeline',
    bodies: (typical, hub) => {
      const of = (a: Actor) => body(TIMELINE, { id: a.id, first: TIMELINE_FIRST });
      return { typical: typical.map(of), hub: [of(hub)] };
    },
  },
];

/** Bytes under a directory (the Neo4j store: data and transaction logs). */
function dirBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += dirBytes(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

/** Single client, back to back: p50 and p99 of REQUESTS requests rotating through the bodies. */
async function singleClient(base: string, bodies: string[]): Promise<{ p50: number; p99: number }> {
  for (const b of bodies) await post(base, b); // warm-up, and any error fails the benchmark
  const latencies: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const t = performance.now();
    await post(base, bodies[i % bodies.length]!);
    latencies.push(performance.now() - t);
  }
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.max(0, Math.ceil(p * latencies.length) - 1))]!;
  return { p50: q(0.5), p99: q(0.99) };
}

/** Db hits per document of each ingest statement, a column per step. */
function profileTable(profiles: Array<{ step: number; costs: Map<string, StatementCost> }>, docs: number): string {
  const names = [...new Set(profiles.flatMap((p) => [...p.costs.keys()]))];
  const rows = names.map((name) => [name, ...profiles.map((p) => (p.costs.get(name)?.dbHits ?? 0) / docs)]);
  rows.push(['all', ...profiles.map((p) => [...p.costs.values()].reduce((n, c) => n + c.dbHits, 0) / docs)]);
  rows.push(['all, ms per document (PROFILEd)', ...profiles.map((p) => [...p.costs.values()].reduce((n, c) => n + c.ms, 0) / docs)]);
  return [
    `Db hits per document of each ingest statement: the same ${docs} documents (after the corpus, never ingested) written after each step in one PROFILEd transaction, rolled back.`,
    '',
    table(['statement', ...profiles.map((p) => `${p.step.toLocaleString('en-US')} docs`)], rows),
  ].join('\n');
}

/** Hubs and the long tail, as the graph holds them: is the corpus news-like? `recurring`: every actor mentioned twice or more. */
function corpusProfile(stats: GraphStats, recurring: Actor[]): string {
  const inOne = stats.actors - recurring.filter((a) => a.documentCount >= 2).length;
  const top = [...recurring].sort((a, b) => b.documentCount - a.documentCount).slice(0, 3).map((a) => `${a.name} ${a.documentCount.toLocaleString('en-US')}`).join(', ');
  return `${stats.actors.toLocaleString('en-US')} actors, ${((100 * inOne) / Math.max(1, stats.actors)).toFixed(0)}% named in one document; in most documents: ${top}; ${stats.events.toLocaleString('en-US')} events`;
}

export async function run(): Promise<string> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  if (STEPS.length === 0) throw new Error('scale bench: BENCH_SCALE_STEPS holds no step (e.g. "2000,5000")');
  const last = STEPS[STEPS.length - 1]!;
  log(`scale bench: generating ${last.toLocaleString('en-US')} documents (seed ${SEED})…`);
  // One group more than the last step: the profiled group (never ingested), so the corpus is the same with or without profiling.
  const generated = generateCorpus(last + DEFAULT_BATCH_SIZE, { seed: SEED, idPrefix: `scale-s${SEED}`, names: 'news' });
  const docs = generated.slice(0, last);
  const probe = PROFILE ? generated.slice(last).map((d) => toDocumentRows(d, contentHash(d), extract(d))) : [];
  const db = await benchGraph('scale');
  const profiles: Array<{ step: number; costs: Map<string, StatementCost> }> = [];
  const api = createApi({ graph: db.graph, log: () => {}, queryTimeoutMs: loadConfig().server.queryTimeoutMs });
  const server = createHttpServer({ graph: db.graph, graphql: (req, res) => void api(req, res) });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const ingestRows: Array<Array<string | number>> = [];
    const readRows: Array<Array<string | number>> = [];
    let done = 0;
    for (const step of STEPS) {
      const slice = docs.slice(done, step);
      log(`scale bench: ingesting documents ${done.toLocaleString('en-US')}-${step.toLocaleString('en-US')}…`);
      let failures = 0;
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      const neo4jBefore = neo4jCpuSeconds(db.dataDir);
      const summary = await ingestDocuments(
        db.graph,
        (async function* () {
          for (const doc of slice) yield { kind: 'document' as const, doc, source: doc.id };
        })(),
        {
          total: slice.length,
          onError: (err) => {
            if (++failures <= 3) log(`scale bench: ${err.describe()}`);
          },
        },
      );
      const seconds = (performance.now() - started) / 1000;
      const cpu = process.cpuUsage(cpuBefore);
      const neo4jAfter = neo4jCpuSeconds(db.dataDir);
      // Per document: this process (extraction workers included) and Neo4j's JVM.
      const nodeMs = (cpu.user + cpu.system) / 1000 / slice.length;
      const neo4jMs = neo4jBefore !== undefined && neo4jAfter !== undefined ? ((neo4jAfter - neo4jBefore) * 1000) / slice.length : undefined;
      done = step;
      if (PROFILE) {
        await profileWrite(db.graph, db.credentials, probe); // plans compiled, pages cached
        profiles.push({ step, costs: await profileWrite(db.graph, db.credentials, probe) });
      }
      // Actors named once need not be read: they are neither typical (see typicalAndHub) nor hubs.
      const actors = await allActors(base, 2);
      const { stats } = await patiently(() => post<{ stats: GraphStats }>(base, body(STATS, {})));
      const { typical, hub } = typicalAndHub(actors, 5);
      const store = db.dataDir ? `${(dirBytes(db.dataDir) / 2 ** 20).toFixed(0)} MB` : '-';
      const rate = slice.length / seconds;
      const firstRate = ingestRows.length > 0 ? (ingestRows[0]![1] as number) : rate;
      ingestRows.push([
        step,
        rate,
        `${(rate / firstRate).toFixed(2)}x`,
        nodeMs,
        neo4jMs ?? '-',
        summary.failed,
        store,
        corpusProfile(stats, actors),
        `${hub.name} (${hub.mentionCount.toLocaleString('en-US')} mentions)`,
      ]);
      log(`scale bench: ${step.toLocaleString('en-US')} documents: ${rate.toFixed(1)} docs/s, ${nodeMs.toFixed(2)} ms CPU/doc here, ${neo4jMs?.toFixed(2) ?? '-'} ms CPU/doc in Neo4j`);
      if (!READS) continue;
      for (const read of READ_KINDS) {
        const bodies = read.bodies(typical, hub);
        log(`scale bench: ${step.toLocaleString('en-US')} documents, ${read.name}…`);
        const t = await singleClient(base, bodies.typical);
        const h = await singleClient(base, bodies.hub);
        readRows.push([step, read.name, t.p50, t.p99, h.p50, h.p99]);
      }
    }
    return [
      `Scale: generated news-like documents (seed ${SEED}: name popularity falling off as 1/rank, pools growing with the corpus, a quarter of person names used once) ingested into an empty graph in steps through the pipeline (ingestDocuments, default options); Neo4j: ${db.where}.`,
      '',
      table(['documents in graph', 'docs/s of the step', 'of the first step', 'CPU ms/doc (this process)', 'CPU ms/doc (Neo4j)', 'failed', 'store on disk', 'corpus', 'top hub'], ingestRows),
      '',
      ...(PROFILE ? [profileTable(profiles, probe.length), ''] : []),
      ...(READS
        ? [
            `Reads after each step over GraphQL/HTTP, one client, requests back to back (${REQUESTS} per row and actor group, after one untimed pass over the inputs). ` +
              `Typical: 5 actors around the median mention count of those named in 2+ documents (search: their full name, a part and a typo; connection: from each to the next); hub: the most mentioned actor (connection: from it to each typical actor). ` +
              `Neighbourhoods with limit ${NEIGHBORHOOD_LIMIT}; connection first ${PATHS}; timeline first ${TIMELINE_FIRST}. Latencies in ms.`,
            '',
            table(['documents in graph', 'read', 'typical p50', 'typical p99', 'hub p50', 'hub p99'], readRows),
          ]
        : ['(Reads not measured: BENCH_SCALE_READS=0.)']),
    ].join('\n');
  } finally {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    await db.close();
  }
}
