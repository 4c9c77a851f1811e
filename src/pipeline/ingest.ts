import { createHash } from 'node:crypto';
import { defaultWorkers } from '../config.js';
import { extract as defaultExtract } from '../extract/index.js';
import { extractorVersion as currentExtractorVersion } from '../extract/version.js';
import type { Graph } from '../graph/client.js';
import { type DocumentRows, toDocumentRows } from '../graph/document-rows.js';
import { type StoredState, storedStates, type WriteHooks, type WriteResult, writeDocument, writeDocuments } from '../graph/document-writer.js';
import { GraphError } from '../graph/errors.js';
import type { DocumentInput } from '../model/document.js';
import type { Extraction } from '../model/extraction.js';
import { toDocumentInput } from './document-input.js';
import { IngestAbortedError, InputError } from './errors.js';
import { type Extractor, ExtractorPool, ExtractWorkerError } from './extract-worker.js';
import { countDocuments, expandInputs, readDocuments } from './inputs.js';

export interface IngestProgress {
  done: number;
  /** Known after the counting pass; undefined while counting. */
  total: number | undefined;
  current: string | undefined;
}

export interface IngestOptions {
  /** Transactions in flight while the next documents are extracted. */
  concurrency?: number;
  /** Documents per transaction (group commit); 1 writes each in its own. */
  batchSize?: number;
  maxDocumentBytes?: number;
  onProgress?: (p: IngestProgress) => void;
  onError?: (error: InputError) => void;
  /**
   * Extraction workers (default: cores - 1, at least 1); 0 extracts on this
   * thread. Ignored when `extract` or `extractor` is given.
   */
  workers?: number;
  /** A pool to share (the API's); by default the run makes its own of `workers` workers and closes it at the end. */
  extractor?: Extractor;
  /** Extraction on this thread, replaceable for tests and benchmarks; the worker pool by default. */
  extract?: (doc: DocumentInput) => Extraction;
  /**
   * The version `extract` stamps on its output, known before extracting so
   * unchanged documents are skipped without extracting them. Defaults to the
   * real extractor's; a test injecting `extract` with another version passes it here.
   */
  extractorVersion?: string;
  writeHooks?: WriteHooks;
}

export interface IngestSummary {
  new: number;
  updated: number;
  unchanged: number;
  failed: number;
  entities: number;
  relations: number;
  events: number;
  elapsedMs: number;
}

/** Same text, title, date and URL: same hash. Any change makes the document "updated". */
export function contentHash(doc: DocumentInput): string {
  return createHash('sha256')
    .update(JSON.stringify([doc.text, doc.title ?? null, doc.publishedAt ?? null, doc.url ?? null]))
    .digest('hex');
}

/**
 * Documents per transaction by default: enough to share the commit's cost, small enough to keep locks short.
 * 64 rather than 32: each statement's fixed cost is shared by twice the rows (Neo4j CPU per document
 * ~20% lower in a writer-only run over a 4,000-document graph).
 */
export const DEFAULT_BATCH_SIZE = 64;
/**
 * Transactions in flight by default. One already overlaps writing with the
 * extraction of the next group; more mostly wait on each other's locks on the
 * most-named actors (`npm run bench -- ingest` measured 3.5x slower at 4).
 */
export const DEFAULT_CONCURRENCY = 1;

/** Lock contention between concurrent writers: the same write, alone, succeeds. */
function isContention(err: unknown): boolean {
  return err instanceof GraphError && err.code === 'TRANSIENT';
}

/** Errors after which going on would only repeat the same failure for every document. */
function isFatal(err: unknown): err is GraphError {
  return err instanceof GraphError && (err.code === 'UNAVAILABLE' || err.code === 'AUTH' || err.code === 'DATABASE_NOT_FOUND');
}

/**
 * "32 documents (a.jsonl:33-64)" when they are lines of one file, else
 * "3 documents (a.txt, b.txt, c.txt)", or the first and last of longer lists.
 */
export function describeDocuments(sources: string[]): string {
  const n = `${sources.length} document${sources.length === 1 ? '' : 's'}`;
  if (sources.length <= 1) return `${n} (${sources.join('')})`;
  const first = /^(.*):(\d+)$/.exec(sources[0]!);
  const last = /^(.*):(\d+)$/.exec(sources[sources.length - 1]!);
  if (first && last && first[1] === last[1] && sources.every((s) => s.startsWith(`${first[1]}:`))) return `${n} (${first[1]}:${first[2]}-${last[2]})`;
  if (sources.length <= 3) return `${n} (${sources.join(', ')})`;
  return `${n} (${sources[0]} … ${sources[sources.length - 1]})`;
}

/**
 * Reads, extracts and writes documents. Extraction runs on `workers` worker
 * threads, ahead of the writer by at most a group and two documents per
 * worker (memory stays flat however long the input), and overlaps the writing
 * of earlier documents, with at most `concurrency` transactions in flight.
 * Documents are written in input order whatever order their extractions end in. Documents are written in groups of `batchSize`,
 * one transaction per group; when a group fails, its documents are written
 * again one per transaction, so a bad document is reported alone and the
 * rest goes on. Documents that lost to lock contention (deadlocks that the
 * graph door's retries did not resolve) are written at the end, one at a time,
 * when no other write is in flight to contend with.
 *
 * A document already stored with the same content hash and extractor version
 * is counted unchanged without being extracted. When the graph fails in a way
 * every further document would repeat (see isFatal), the run stops at once and
 * throws an IngestAbortedError with what was being written and what landed.
 */
export async function ingestPaths(graph: Graph, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const { files, errors } = await expandInputs(paths);
  const readOpts = opts.maxDocumentBytes !== undefined ? { maxDocumentBytes: opts.maxDocumentBytes } : {};
  const total = await countDocuments(files);
  return ingestDocuments(graph, documentsOf(files, readOpts), { ...opts, total, initialErrors: errors });
}

async function* documentsOf(files: string[], readOpts: { maxDocumentBytes?: number }) {
  for (const file of files) yield* readDocuments(file, readOpts);
}

export async function ingestDocuments(
  graph: Graph,
  items: AsyncIterable<import('./inputs.js').InputItem>,
  opts: IngestOptions & { total?: number; initialErrors?: InputError[] } = {},
): Promise<IngestSummary> {
  const { extractor, workers, close: closeExtractor } = extractorFor(opts);
  try {
    return await run(graph, items, opts, extractor, workers);
  } finally {
    await closeExtractor();
  }
}

/** The extractor a run uses, how many documents it extracts at once, and how to release it. */
function extractorFor(opts: IngestOptions): { extractor: Extractor; workers: number; close: () => Promise<void> } {
  const none = async () => {};
  if (opts.extract) {
    const extract = opts.extract;
    return { extractor: { extract: async (doc) => extract(doc) }, workers: 1, close: none };
  }
  if (opts.extractor) return { extractor: opts.extractor, workers: Math.max(1, opts.workers ?? 1), close: none };
  const workers = Math.max(0, opts.workers ?? defaultWorkers());
  if (workers === 0) return { extractor: { extract: async (doc) => defaultExtract(doc) }, workers: 1, close: none };
  // Never BUSY: the run itself bounds how many documents it has ahead (see run).
  const pool = new ExtractorPool({ size: workers, maxQueued: Number.MAX_SAFE_INTEGER });
  return { extractor: pool, workers, close: () => pool.close() };
}

async function run(
  graph: Graph,
  items: AsyncIterable<import('./inputs.js').InputItem>,
  opts: IngestOptions & { total?: number; initialErrors?: InputError[] },
  extractor: Extractor,
  workers: number,
): Promise<IngestSummary> {
  const started = performance.now();
  const version = opts.extractorVersion ?? currentExtractorVersion();
  const concurrency = Math.max(1, opts.concurrency ?? DEFAULT_CONCURRENCY);
  const batchSize = Math.max(1, opts.batchSize ?? DEFAULT_BATCH_SIZE);
  const summary: IngestSummary = { new: 0, updated: 0, unchanged: 0, failed: 0, entities: 0, relations: 0, events: 0, elapsedMs: 0 };
  const progress: IngestProgress = { done: 0, total: opts.total, current: undefined };
  const report = (err: InputError) => {
    summary.failed++;
    opts.onError?.(err);
  };
  for (const e of opts.initialErrors ?? []) report(e);

  const inFlight = new Set<Promise<void>>();
  /** The first fatal failure and what was being done; later ones are the same loss, not reported again. */
  let fatal: { error: GraphError; during: string } | undefined;
  const stop = (error: GraphError, during: string) => {
    fatal ??= { error, during };
  };
  const finish = () => {
    progress.done++;
    opts.onProgress?.({ ...progress });
  };
  const record = (r: WriteResult) => {
    summary[r.status]++;
    if (r.status !== 'unchanged') {
      summary.entities += r.entities;
      summary.relations += r.relations;
      summary.events += r.events;
    }
  };
  const notWritten = (source: string, err: unknown) => {
    report(new InputError(source, `not written: ${(err as Error).message}`));
  };

  type Pending = { rows: DocumentRows; source: string };
  /** Documents to write again once nothing else is in flight. */
  const deferred: Pending[] = [];
  const writeGroup = async (group: Pending[]): Promise<void> => {
    if (fatal) return;
    try {
      const results = await writeDocuments(graph, group.map((g) => g.rows), opts.writeHooks);
      results.forEach(record);
      group.forEach(finish);
      return;
    } catch (err) {
      if (isContention(err)) {
        deferred.push(...group);
        return;
      }
      if (isFatal(err)) {
        stop(err, `writing ${describeDocuments(group.map((g) => g.source))}`);
        return;
      }
      if (group.length === 1) {
        for (const g of group) {
          notWritten(g.source, err);
          finish();
        }
        return;
      }
    }
    // The group failed as a whole: one transaction per document finds the bad one(s).
    for (const g of group) await writeAlone(g, { deferContention: true });
  };
  /** One document in its own transaction; lost contention is deferred when asked, else reported. */
  const writeAlone = async (g: Pending, { deferContention }: { deferContention: boolean }): Promise<void> => {
    if (fatal) return;
    try {
      record(await writeDocument(graph, g.rows, opts.writeHooks));
    } catch (err) {
      if (deferContention && isContention(err)) {
        deferred.push(g);
        return;
      }
      if (isFatal(err)) {
        stop(err, `writing ${describeDocuments([g.source])}`);
        return;
      }
      notWritten(g.source, err);
    }
    finish();
  };

  let group: Pending[] = [];
  const dispatch = async () => {
    if (group.length === 0) return;
    const ready = group;
    group = [];
    while (inFlight.size >= concurrency) await Promise.race(inFlight);
    const write: Promise<void> = writeGroup(ready).finally(() => inFlight.delete(write));
    inFlight.add(write);
  };

  /**
   * Documents being extracted, in input order: the writer takes them from the
   * head, so writes keep the input's order while the workers run ahead. At
   * most `maxAhead` of them (and their extractions) are held at once.
   */
  type Ahead = { doc: DocumentInput; source: string; hash: string; extraction: Promise<Extraction | Error> };
  const ahead: Ahead[] = [];
  const maxAhead = batchSize + 2 * workers;
  const takeHead = async () => {
    const { doc, source, hash, extraction } = ahead.shift()!;
    const result = await extraction;
    if (fatal) return;
    if (result instanceof Error) {
      report(new InputError(source, result instanceof ExtractWorkerError ? result.message : `extraction failed: ${result.message}`));
      finish();
      return;
    }
    // The same id twice (a file given twice): the later version goes in a later transaction.
    if (group.some((g) => g.rows.document.id === doc.id)) await dispatch();
    group.push({ rows: toDocumentRows(doc, hash, result), source });
    if (group.length >= batchSize) await dispatch();
  };

  // Documents come in chunks so stored states are read in one round trip per chunk.
  const CHUNK = 64;
  let chunk: Array<{ doc: DocumentInput; source: string }> = [];
  const flush = async () => {
    let states: Map<string, StoredState>;
    try {
      states = await storedStates(graph, chunk.map((c) => c.doc.id));
    } catch (err) {
      if (!isFatal(err)) throw err;
      stop(err, `reading the stored state of ${describeDocuments(chunk.map((c) => c.source))}`);
      chunk = [];
      return;
    }
    for (const { doc, source } of chunk) {
      if (fatal) break;
      progress.current = source;
      const hash = contentHash(doc);
      const stored = states.get(doc.id);
      // Unchanged: skipped before extraction, the costly part. The writer checks again under
      // its lock, so a document changed meanwhile by another process is still handled right.
      if (stored && stored.contentHash === hash && stored.extractorVersion === version) {
        summary.unchanged++;
        finish();
        continue;
      }
      const extraction = extractor.extract(doc).catch((err: unknown) => (err instanceof Error ? err : new Error(String(err))));
      ahead.push({ doc, source, hash, extraction });
      while (ahead.length >= maxAhead && !fatal) await takeHead();
    }
    chunk = [];
  };

  for await (const item of items) {
    if (fatal) break;
    if (item.kind === 'error') {
      report(item.error);
      finish();
      continue;
    }
    chunk.push({ doc: item.doc, source: item.source });
    if (chunk.length >= CHUNK) await flush();
  }
  if (!fatal && chunk.length > 0) await flush();
  while (ahead.length > 0 && !fatal) await takeHead();
  if (!fatal) await dispatch();
  await Promise.all(inFlight);
  // What was still being extracted when the run stopped is dropped (closing the pool stops it).
  ahead.length = 0;
  // Alone now, the documents that lost to contention go in one transaction each.
  for (const g of deferred) await writeAlone(g, { deferContention: false });
  summary.elapsedMs = Math.round(performance.now() - started);
  if (fatal) throw new IngestAbortedError(fatal.error, fatal.during, summary);
  return summary;
}

/**
 * One document given as fields (the API's `ingestDocument`): checked like a
 * JSON file's document (DocumentInputError), extracted by `extractor` (off the
 * caller's thread: the API's pool), and written in one transaction like any
 * other document; a document stored with the same content is "unchanged".
 */
export async function ingestOne(graph: Graph, fields: unknown, opts: { extractor: Extractor; writeHooks?: WriteHooks }): Promise<WriteResult & { id: string }> {
  const doc = toDocumentInput(fields);
  const extraction = await opts.extractor.extract(doc);
  const result = await writeDocument(graph, toDocumentRows(doc, contentHash(doc), extraction), opts.writeHooks);
  return { ...result, id: doc.id };
}
