// Ingestion benchmark: the batched writer (one UNWIND statement per kind of
// fact, documents grouped per transaction) against the naive writer (one
// statement per fact: the same Cypher with one row each, one transaction per
// document), on the same generated documents, in the same run.
import { loadQueries } from '../src/graph/cypher.js';
import { type DocumentRows, toDocumentRows } from '../src/graph/document-rows.js';
import { deleteDocument, writeDocuments } from '../src/graph/document-writer.js';
import { DEFAULT_BATCH_SIZE } from '../src/pipeline/ingest.js';
import { Graph, type GraphTransaction } from '../src/graph/client.js';
import { startLatencyProxy } from './latency-proxy.js';
import { extract } from '../src/extract/index.js';
import { contentHash, ingestDocuments } from '../src/pipeline/ingest.js';
import { ExtractorPool } from '../src/pipeline/extract-worker.js';
import { defaultWorkers } from '../src/config.js';
import type { DocumentInput } from '../src/model/document.js';
import { generateCorpus } from './corpus.js';
import { benchGraph } from './neo4j.js';
import { table } from './stats.js';
import { neo4jCpuSeconds } from './write-profile.js';

const TOTAL = Number(process.env.BENCH_INGEST_DOCS ?? 2000);
const COMPARE = Number(process.env.BENCH_INGEST_COMPARE_DOCS ?? 300);
/** Documents already in the graph when the writers are compared: an ingest spends its life in a graph that holds some. */
const PRELOAD = Number(process.env.BENCH_INGEST_PRELOAD_DOCS ?? 1000);
const LINK_ONE_WAY_MS = Number(process.env.BENCH_LINK_ONE_WAY_MS ?? 1);
/** Documents of the end-to-end comparison: ingest (extraction and writing) against extraction alone, same workers. */
const E2E = Number(process.env.BENCH_INGEST_E2E_DOCS ?? 1000);
/** `e2e`: only the end-to-end comparison (ingest against extraction alone), the rest skipped. */
const ONLY_E2E = process.env.BENCH_INGEST_PARTS === 'e2e';
/** With BENCH_INGEST_PARTS=e2e: documents ingested (then wiped) first, so Neo4j is measured warm. */
const E2E_WARMUP = Number(process.env.BENCH_INGEST_E2E_WARMUP_DOCS ?? 2000);
const admin = loadQueries({ wipe: 'admin/wipe', nodes: 'admin/node-counts', rels: 'admin/relationship-counts' });

function facts(r: DocumentRows): number {
  return r.sentences.length + r.entities.length + r.mentions.length + r.claims.length + r.events.length + r.events.reduce((n, v) => n + v.participants.length, 0);
}

/** The common naive code: every statement its own auto-commit transaction (no atomicity per document). */
function autoCommitting(graph: Graph): Graph {
  return Object.assign(Object.create(graph) as Graph, {
    writeTransaction: <T>(work: (tx: GraphTransaction) => Promise<T>) => work({ run: (query, params) => graph.runAutoCommit(query, params) }),
  });
}

/** Writes documents in groups of `batchSize` per transaction, `concurrency` groups in flight; times are per document (a group's time shared by its documents). */
async function writeAll(graph: Graph, rows: DocumentRows[], opts: { rowsPerStatement?: number; concurrency?: number; batchSize?: number } = {}) {
  const times: number[] = [];
  const before = graph.statementCount;
  const started = performance.now();
  const size = opts.batchSize ?? 1;
  const groups: DocumentRows[][] = [];
  for (let i = 0; i < rows.length; i += size) groups.push(rows.slice(i, i + size));
  const worker = async () => {
    for (let g = groups.shift(); g; g = groups.shift()) {
      const t = performance.now();
      await writeDocuments(graph, g, {}, opts.rowsPerStatement ? { rowsPerStatement: opts.rowsPerStatement } : {});
      const each = (performance.now() - t) / g.length;
      for (let i = 0; i < g.length; i++) times.push(each);
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency ?? 1 }, worker));
  const seconds = (performance.now() - started) / 1000;
  const factCount = rows.reduce((n, r) => n + facts(r), 0);
  return { docs: rows.length, seconds, docsPerSec: rows.length / seconds, factsPerSec: factCount / seconds, statementsPerDoc: (graph.statementCount - before) / rows.length, times };
}

export async function run(): Promise<string> {
  if (ONLY_E2E) {
    const { graph, dataDir, close } = await benchGraph('ingest');
    try {
      // A fresh Neo4j's first thousands of writes run before its JIT and caches warm
      // up (several times the CPU per document); the full run reaches endToEnd warm.
      const warmup = generateCorpus(E2E_WARMUP, { seed: 5, idPrefix: 'warm', names: 'news' });
      await ingestDocuments(
        graph,
        (async function* () {
          for (const doc of warmup) yield { kind: 'document' as const, doc, source: doc.id };
        })(),
      );
      return await endToEnd(graph, dataDir);
    } finally {
      await close();
    }
  }
  const out: string[] = [];
  const docs = generateCorpus(TOTAL, { seed: 7, idPrefix: 'bench' });
  const t0 = performance.now();
  const rows = docs.map((d) => toDocumentRows(d, contentHash(d), extract(d)));
  const extractSeconds = (performance.now() - t0) / 1000;
  const { graph, where, close, credentials, dataDir } = await benchGraph('ingest');
  try {
    out.push(`Ingestion: ${TOTAL} generated documents (${rows.reduce((n, r) => n + facts(r), 0).toLocaleString('en-US')} facts); Neo4j: ${where}.`);
    out.push(`Extraction beforehand: ${(TOTAL / extractSeconds).toFixed(0)} docs/s (not counted below).`, '');
    const subset = rows.slice(0, COMPARE);
    const runs: Array<[string, Awaited<ReturnType<typeof writeAll>>]> = [];
    const B = DEFAULT_BATCH_SIZE;
    // Warm-up: every writer once on other documents, so JIT, plans and page cache
    // do not favour whichever writer runs later.
    const warmup = rows.slice(COMPARE, COMPARE + 2 * B);
    for (const opts of [{ batchSize: B }, {}, { rowsPerStatement: 1 }]) {
      await writeAll(graph, warmup, opts);
      await graph.runAutoCommit(admin.wipe);
    }
    await writeAll(graph, rows.slice(COMPARE, COMPARE + PRELOAD), { batchSize: B });
    // After each writer, its documents are retracted: the next one starts from the same graph.
    const restore = async () => {
      for (const r of subset) await deleteDocument(graph, r.document.id);
    };
    for (const [label, g, opts] of [
      [`batched: one UNWIND per kind of fact, ${B} documents per transaction (what \`ingest\` does)`, graph, { batchSize: B }],
      [`batched, ${B} documents per transaction, 4 transactions in flight (\`ingest -c 4\`)`, graph, { batchSize: B, concurrency: 4 }],
      ['batched, one document per transaction', graph, {}],
      ['naive: one statement per fact, one transaction per document', graph, { rowsPerStatement: 1 }],
      ['naive: one auto-commit statement per fact', autoCommitting(graph), { rowsPerStatement: 1 }],
    ] as const) {
      runs.push([label, await writeAll(g, subset, opts)]);
      await restore();
    }
    // The same two writers across a simulated network link.
    const target = new URL(graph.uri);
    const proxy = await startLatencyProxy({ host: target.hostname, port: Number(target.port || 7687) }, LINK_ONE_WAY_MS);
    const linked = await Graph.connect({ uri: `bolt://127.0.0.1:${proxy.port}`, app: 'bench-ingest-link', ...credentials });
    try {
      for (const [label, opts] of [
        [`batched (${DEFAULT_BATCH_SIZE} documents per transaction), over a ${2 * LINK_ONE_WAY_MS} ms round-trip link`, { batchSize: DEFAULT_BATCH_SIZE }],
        [`naive: one statement per fact, one transaction per document, over a ${2 * LINK_ONE_WAY_MS} ms round-trip link`, { rowsPerStatement: 1 }],
      ] as const) {
        runs.push([label, await writeAll(linked, subset, opts)]);
        await restore();
      }
    } finally {
      await linked.close();
      await proxy.close();
    }
    const base = runs[0]![1].docsPerSec;
    await graph.runAutoCommit(admin.wipe);
    out.push(`Same ${COMPARE} documents, written by each writer into a graph that already holds ${PRELOAD} others (retracted again after each run):`, '');
    out.push(
      table(
        ['writer', 'docs/s', 'facts/s', 'statements/doc', 'median ms/doc', 'batched (first row) is'],
        runs.map(([label, r]) => [label, r.docsPerSec, r.factsPerSec, r.statementsPerDoc, medianOf(r.times), `${(base / r.docsPerSec).toFixed(1)}x`]),
      ),
      '',
      `Batched / naive (one transaction per document), both with one writer: ${(runs[0]![1].docsPerSec / runs[3]![1].docsPerSec).toFixed(1)}x on loopback, ` +
        `${(runs[5]![1].docsPerSec / runs[6]![1].docsPerSec).toFixed(1)}x over the ${2 * LINK_ONE_WAY_MS} ms link.`,
      '',
    );

    const full = await writeAll(graph, rows, { batchSize: DEFAULT_BATCH_SIZE });
    const rate = (ts: number[]) => ts.length / (ts.reduce((a, b) => a + b, 0) / 1000);
    out.push(`All ${TOTAL} documents into an empty graph with the batched writer (${DEFAULT_BATCH_SIZE} per transaction, one writer): ${full.docsPerSec.toFixed(1)} docs/s, ${full.factsPerSec.toFixed(0)} facts/s.`, '');
    out.push(
      table(
        ['documents', 'docs/s'],
        [
          ['first 500', rate(full.times.slice(0, 500))],
          [`last 500 (graph already holds ${TOTAL - 500})`, rate(full.times.slice(-500))],
        ],
      ),
      '',
    );
    out.push(await endToEnd(graph, dataDir), '');
    const nodes = await graph.read<{ label: string; count: number }>(admin.nodes);
    const rels = await graph.read<{ type: string; count: number }>(admin.rels);
    out.push(`Graph after the run: ${nodes.map((n) => `${n.label} ${n.count}`).join(', ')}; ${rels.map((r) => `${r.type} ${r.count}`).join(', ')}.`);
  } finally {
    await close();
  }
  return out.join('\n');
}

/**
 * End to end against extraction alone, with the same worker pool size (the
 * default, cores - 1): the writer keeps up when ingest runs at the speed of
 * its extraction. Each on its own news-like documents, into an empty graph.
 */
export async function endToEnd(graph: Graph, dataDir?: string): Promise<string> {
  const workers = defaultWorkers();
  const docs = generateCorpus(2 * E2E, { seed: 11, idPrefix: 'e2e', names: 'news' });
  const pool = new ExtractorPool({ size: workers, maxQueued: Number.MAX_SAFE_INTEGER });
  /** CPU ms per document of this process (extraction workers included) and of the local Neo4j, over `work`. */
  const cpuOf = async <T>(n: number, work: () => Promise<T>) => {
    const cpu = process.cpuUsage();
    const neo4jBefore = neo4jCpuSeconds(dataDir);
    const result = await work();
    const used = process.cpuUsage(cpu);
    const neo4jAfter = neo4jCpuSeconds(dataDir);
    return {
      result,
      hereMs: (used.user + used.system) / 1000 / n,
      neo4jMs: neo4jBefore !== undefined && neo4jAfter !== undefined ? ((neo4jAfter - neo4jBefore) * 1000) / n : undefined,
    };
  };
  const extractOnly = async (batch: DocumentInput[]) => {
    const started = performance.now();
    // As ingest holds them: a group and two documents per worker in flight at most.
    const window = DEFAULT_BATCH_SIZE + 2 * workers;
    const inFlight = new Set<Promise<unknown>>();
    for (const doc of batch) {
      const p: Promise<unknown> = pool.extract(doc).finally(() => inFlight.delete(p));
      inFlight.add(p);
      if (inFlight.size >= window) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    return batch.length / ((performance.now() - started) / 1000);
  };
  try {
    await graph.runAutoCommit(admin.wipe);
    await extractOnly(docs.slice(E2E, E2E + 64)); // workers warm, as ingest's below start warm after it
    const extracted = await cpuOf(E2E, () => extractOnly(docs.slice(0, E2E)));
    const extraction = extracted.result;
    const started = performance.now();
    const ingested = await cpuOf(E2E, () =>
      ingestDocuments(
        graph,
        (async function* () {
          for (const doc of docs.slice(E2E)) yield { kind: 'document' as const, doc, source: doc.id };
        })(),
        { extractor: pool, workers },
      ),
    );
    const summary = ingested.result;
    const ingest = summary.new / ((performance.now() - started) / 1000);
    await graph.runAutoCommit(admin.wipe);
    // The same documents written again from rows extracted beforehand, in the pipeline's groups:
    // the writer's own pace, which bounds ingest whatever extraction does.
    const rows = await Promise.all(docs.slice(E2E).map(async (doc) => toDocumentRows(doc, contentHash(doc), await pool.extract(doc))));
    const writingStarted = performance.now();
    const written = await cpuOf(E2E, async () => {
      for (let i = 0; i < rows.length; i += DEFAULT_BATCH_SIZE) await writeDocuments(graph, rows.slice(i, i + DEFAULT_BATCH_SIZE));
    });
    const writing = E2E / ((performance.now() - writingStarted) / 1000);
    await graph.runAutoCommit(admin.wipe);
    return [
      `End to end: ${E2E} news-like documents into an empty graph (\`ingestDocuments\`, default options) against extracting ${E2E} others alone, both with ${workers} extraction worker(s):`,
      '',
      table(
        ['', 'docs/s', 'CPU ms/doc (this process, workers included)', 'CPU ms/doc (Neo4j)'],
        [
          ['extraction only', extraction, extracted.hereMs, '-'],
          ['ingest (extraction and writing)', ingest, ingested.hereMs, ingested.neo4jMs ?? '-'],
          ['writing alone (the same documents, extracted beforehand)', writing, written.hereMs, written.neo4jMs ?? '-'],
          ['ingest / extraction', ingest / extraction, '', ''],
          ['writing alone / extraction', writing / extraction, '', ''],
        ],
      ),
      '',
      'On a busy machine docs/s follow the load; the CPU per document does not. The writer keeps up with extraction when the CPU it adds per document (this process beyond extraction, and Neo4j) fits on the cores extraction leaves free. Writing alone bounds ingest from above: ingest cannot go faster than its writer, with one transaction in flight (`--concurrency 1`, the default).',
    ].join('\n');
  } finally {
    await pool.close();
  }
}

function medianOf(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}
