// The graph the API benchmark reads: a generated corpus ingested once with the
// real pipeline and kept between runs, so a second run starts in seconds.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { extract } from '../src/extract/index.js';
import { extractorVersion } from '../src/extract/version.js';
import { Graph } from '../src/graph/client.js';
import { loadQueries } from '../src/graph/cypher.js';
import { findFreePort, startLocalNeo4j } from '../src/neo4j-local/index.js';
import { migrate } from '../src/graph/migrations.js';
import type { DocumentInput } from '../src/model/document.js';
import { PACKAGE_ROOT } from '../src/paths.js';
import { type IngestSummary, ingestDocuments } from '../src/pipeline/ingest.js';
import { generateCorpus } from './corpus.js';

const q = loadQueries({ documents: 'admin/documents-with-prefix', nodes: 'admin/node-counts', rels: 'admin/relationship-counts' });

/** Where the local store lives between runs, and the marker saying which corpus it holds. */
export const STORE_HOME = join(PACKAGE_ROOT, '.artifacts', 'bench', 'api-neo4j');
const STORE_DIR = join(STORE_HOME, 'store');
const MARKER = join(STORE_HOME, 'corpus.json');

export interface CorpusSpec {
  documents: number;
  seed: number;
}

/** Bumped whenever the generated text changes, so a stored corpus of an older generator is not reused. */
const CORPUS_VERSION = 2;

/** Where the graph is, for a second client (the peer in the API benchmark). */
export interface Neo4jConnection {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
}

interface Marker extends CorpusSpec {
  extractorVersion: string;
  corpusVersion?: number;
  /** False while (or when a stopped run was) ingesting. */
  complete?: boolean;
}

export interface CorpusGraph {
  graph: Graph;
  where: string;
  connection: Neo4jConnection;
  /** How the corpus got there: ingested in this run (with timings), or reused. */
  ingest: IngestReport | { reused: true };
  /** Node and relationship counts, for the report. */
  shape: string;
  close(): Promise<void>;
}

export interface IngestReport {
  reused: false;
  seconds: number;
  /** Time spent in the extractor (synchronous, on this process's main thread). */
  extractSeconds: number;
  summary: IngestSummary;
  /** Documents that failed in the first pass and were written again one by one. */
  retried?: number;
}

/** Document ids carry corpus size and seed, so corpora of other runs never count as this one. */
export function idPrefix(spec: CorpusSpec): string {
  return `apibench-v${CORPUS_VERSION}-s${spec.seed}-n${spec.documents}-`;
}

/**
 * A graph holding the corpus: NEO4J_URI when set (documents already there
 * with the same ids and extractor version are reused), else a local Neo4j on
 * a store under .artifacts/bench/api-neo4j, wiped only when its marker names
 * another corpus size, seed or extractor version (a run stopped half-way is
 * completed by the next one). Only the missing documents are ingested.
 */
export async function corpusGraph(spec: CorpusSpec, log: (line: string) => void): Promise<CorpusGraph> {
  const config = loadConfig();
  const want: Marker = { ...spec, extractorVersion: extractorVersion(), corpusVersion: CORPUS_VERSION };
  let graph: Graph;
  let where: string;
  let connection: Neo4jConnection;
  let stop = async () => {};
  if (config.neo4j.uri) {
    graph = await Graph.connect({ uri: config.neo4j.uri, user: config.neo4j.user, password: config.neo4j.password, database: config.neo4j.database, app: 'bench-api' });
    where = config.neo4j.uri;
    connection = { uri: config.neo4j.uri, user: config.neo4j.user, password: config.neo4j.password, database: config.neo4j.database };
  } else {
    const marker = readMarker();
    if (marker && !sameCorpus(marker, want)) {
      // Another corpus: start from an empty store rather than mix corpora.
      rmSync(STORE_HOME, { recursive: true, force: true });
    }
    mkdirSync(STORE_DIR, { recursive: true });
    // Written before ingesting: a run stopped half-way is resumed by the next one, not wiped.
    if (!marker || !sameCorpus(marker, want)) writeFileSync(MARKER, `${JSON.stringify({ ...want, complete: false }, null, 2)}\n`);
    const local = await startLocalNeo4j({ port: await findFreePort(), dataDir: STORE_DIR, pageCache: config.neo4j.local.pageCache, javaBin: config.neo4j.local.javaBin });
    stop = () => local.stop();
    try {
      graph = await Graph.connect({ uri: local.uri, app: 'bench-api' });
    } catch (err) {
      await stop();
      throw err;
    }
    where = `local Neo4j (store kept in ${STORE_DIR}, ${local.uri})`;
    connection = { uri: local.uri };
  }
  const close = async () => {
    await graph.close();
    await stop();
  };
  try {
    await migrate(graph);
    const prefix = idPrefix(spec);
    const stored = async () => {
      const [state] = await graph.read<{ documents: number; current: string[] }>(q.documents, { prefix, extractorVersion: want.extractorVersion });
      return { documents: state?.documents ?? 0, current: new Set(state?.current ?? []) };
    };
    let state = await stored();
    let ingest: CorpusGraph['ingest'];
    if (state.documents === spec.documents && state.current.size === spec.documents) {
      ingest = { reused: true };
      log(`api bench: reusing the ${spec.documents} documents already in the graph`);
    } else {
      const first = await ingestCorpus(graph, spec, state.current, 4, log);
      state = await stored();
      ingest = first;
      if (first.summary.failed > 0 && state.current.size < spec.documents) {
        // Documents that failed in a contended group get one more, uncontended chance.
        log(`api bench: ${first.summary.failed} documents failed; writing them again, one transaction at a time`);
        const retry = await ingestCorpus(graph, spec, state.current, 1, log);
        state = await stored();
        ingest = {
          reused: false,
          retried: first.summary.failed,
          seconds: first.seconds + retry.seconds,
          extractSeconds: first.extractSeconds + retry.extractSeconds,
          summary: { ...first.summary, new: first.summary.new + retry.summary.new, updated: first.summary.updated + retry.summary.updated, failed: retry.summary.failed },
        };
      }
      if (state.current.size !== spec.documents) {
        throw new Error(`api bench: the graph holds ${state.current.size} of the ${spec.documents} generated documents after ingesting (${ingest.summary.failed} failed; run again to retry them)`);
      }
    }
    if (!config.neo4j.uri) writeFileSync(MARKER, `${JSON.stringify({ ...want, complete: true }, null, 2)}\n`);
    const nodes = await graph.read<{ label: string; count: number }>(q.nodes);
    const rels = await graph.read<{ type: string; count: number }>(q.rels);
    const shape = `${nodes.map((n) => `${n.label} ${n.count.toLocaleString('en-US')}`).join(', ')}; ${rels.map((r) => `${r.type} ${r.count.toLocaleString('en-US')}`).join(', ')}`;
    return { graph, where, connection, ingest, shape, close };
  } catch (err) {
    await close();
    throw err;
  }
}

/** Ingests the documents of the corpus not already in `present`, with the real pipeline. */
async function ingestCorpus(graph: Graph, spec: CorpusSpec, present: Set<string>, concurrency: number, log: (line: string) => void): Promise<IngestReport> {
  const docs = generateCorpus(spec.documents, { seed: spec.seed, idPrefix: idPrefix(spec).slice(0, -1), names: 'news' }).filter((d) => !present.has(d.id));
  let extractMs = 0;
  const timedExtract = (doc: DocumentInput) => {
    const t = performance.now();
    try {
      return extract(doc);
    } finally {
      extractMs += performance.now() - t;
    }
  };
  async function* items() {
    for (const doc of docs) yield { kind: 'document' as const, doc, source: doc.id };
  }
  log(`api bench: ingesting ${docs.length} generated documents${present.size > 0 ? ` (${present.size} already there)` : ''} (once; later runs reuse them)…`);
  let failures = 0;
  const started = performance.now();
  let lastLog = started;
  const summary = await ingestDocuments(graph, items(), {
    concurrency,
    ...(concurrency === 1 && { batchSize: 1 }),
    total: docs.length,
    extract: timedExtract,
    onError: (err) => {
      if (++failures <= 5) log(`api bench: ${err.describe()}`);
    },
    onProgress: (p) => {
      const now = performance.now();
      if (now - lastLog < 15_000 && p.done !== docs.length) return;
      lastLog = now;
      log(`api bench: ${p.done}/${docs.length} documents, ${((now - started) / 1000).toFixed(0)} s`);
    },
  });
  return { reused: false, seconds: (performance.now() - started) / 1000, extractSeconds: extractMs / 1000, summary };
}

function readMarker(): Marker | undefined {
  if (!existsSync(MARKER)) return undefined;
  try {
    return JSON.parse(readFileSync(MARKER, 'utf8')) as Marker;
  } catch {
    return undefined;
  }
}

function sameCorpus(a: Marker, b: Marker): boolean {
  return a.documents === b.documents && a.seed === b.seed && a.extractorVersion === b.extractorVersion && a.corpusVersion === b.corpusVersion;
}
