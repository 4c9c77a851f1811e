import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { DocumentInput } from '../model/document.js';
import type { Extraction } from '../model/extraction.js';
import { ActorgraphError } from '../model/errors.js';

/**
 * Extraction on worker threads (a piscina pool) with a time budget, so a long
 * document never blocks the event loop of the process that serves requests
 * (issue 11, item 4), and `actorgraph ingest` extracts on every core (issue 13).
 * One module for both sides: the main thread uses `ExtractorPool`; piscina
 * starts this same file in its workers and calls its default export.
 */

/** Why an off-thread extraction did not give a result. */
export class ExtractWorkerError extends ActorgraphError<'TIMEOUT' | 'BUSY' | 'FAILED' | 'CLOSED'> {
  readonly docId: string;
  constructor(code: ExtractWorkerError['code'], docId: string, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.docId = docId;
  }
}

export interface ExtractorPoolOptions {
  /** Workers running at once (each holds its own copy of the lexicons). */
  size?: number;
  /** How long one extraction may run before its worker is stopped; unset: no limit. */
  timeoutMs?: number;
  /** Extractions that may wait for a worker; more are refused with `BUSY`. */
  maxQueued?: number;
}

/** Something that extracts documents without blocking the caller: the worker pool, or an inline function in tests. */
export interface Extractor {
  extract(doc: DocumentInput): Promise<Extraction>;
}

/** How long an idle worker is kept (with its lexicons loaded) before piscina stops it. */
const IDLE_TIMEOUT_MS = 5 * 60_000;

/** What the main thread sends: the document, and a port on which the worker says when it starts on it. */
interface Task {
  doc: DocumentInput;
  started?: MessagePort;
}

const SELF = fileURLToPath(import.meta.url);

/**
 * Under a TypeScript runner (tests, bench) the workers load this .ts file
 * through tsx: piscina requires it with tsx's CommonJS hook, and the worker
 * registers tsx's ESM hooks itself before importing the extractor (hooks
 * given to a Node 20 worker by `--import` do not reach its ESM loader).
 */
const UNDER_TSX = SELF.endsWith('.ts');
function workerExecArgv(): string[] | undefined {
  if (!UNDER_TSX) return undefined;
  return ['--require', createRequire(import.meta.url).resolve('tsx/cjs')];
}

/** A pool of extraction workers with a bounded queue and a time budget per document. */
export class ExtractorPool implements Extractor {
  private readonly pool: Piscina<Task, Extraction>;
  private readonly size: number;
  private readonly timeoutMs: number | undefined;
  private readonly maxQueued: number;
  /** Extractions submitted and not settled: running and waiting. */
  private pending = 0;
  private closed = false;

  constructor(opts: ExtractorPoolOptions = {}) {
    this.size = Math.max(1, opts.size ?? 1);
    this.timeoutMs = opts.timeoutMs;
    this.maxQueued = opts.maxQueued ?? 8;
    const execArgv = workerExecArgv();
    this.pool = new Piscina<Task, Extraction>({
      filename: SELF,
      // Started on first use, kept while in use: a server that never ingests never loads the lexicons twice.
      minThreads: 0,
      maxThreads: this.size,
      idleTimeout: IDLE_TIMEOUT_MS,
      concurrentTasksPerWorker: 1,
      ...(execArgv && { execArgv }),
    });
  }

  /** The extraction of `doc`, computed off the main thread within the time budget. */
  async extract(doc: DocumentInput): Promise<Extraction> {
    if (this.closed) throw new ExtractWorkerError('CLOSED', doc.id, 'the extractor pool is closed');
    if (this.pending >= this.size + this.maxQueued) {
      throw new ExtractWorkerError('BUSY', doc.id, `${this.pending - this.size} documents are already waiting for extraction; try again later`);
    }
    this.pending++;
    try {
      return this.timeoutMs === undefined ? await this.pool.run({ doc }) : await this.runWithin(doc, this.timeoutMs);
    } catch (err) {
      throw this.explain(err, doc);
    } finally {
      this.pending--;
    }
  }

  /**
   * The budget starts when a worker starts on the document (it says so on a
   * port), so time waiting for a worker, or for a fresh one to load the
   * lexicons, is not counted. Over budget, piscina stops that worker.
   */
  private async runWithin(doc: DocumentInput, timeoutMs: number): Promise<Extraction> {
    const { port1, port2 } = new MessageChannel();
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    port1.once('message', () => {
      timer = setTimeout(() => abort.abort(new ExtractWorkerError('TIMEOUT', doc.id, `extraction of "${doc.id}" took longer than ${timeoutMs} ms and was stopped`)), timeoutMs);
    });
    try {
      return await this.pool.run({ doc, started: port2 }, { transferList: [port2], signal: abort.signal });
    } catch (err) {
      if (abort.signal.aborted) throw abort.signal.reason;
      throw err;
    } finally {
      clearTimeout(timer);
      port1.close();
    }
  }

  /** Every failure as an ExtractWorkerError with the document's id. */
  private explain(err: unknown, doc: DocumentInput): ExtractWorkerError {
    if (err instanceof ExtractWorkerError) return err;
    if (this.closed) return new ExtractWorkerError('CLOSED', doc.id, 'the extractor pool is closed', { cause: err });
    const message = err instanceof Error ? err.message : String(err);
    return new ExtractWorkerError('FAILED', doc.id, `extraction failed: ${message}`, { cause: err });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.destroy();
  }
}

/** The worker side: the extractor, loaded once per worker, its lazy set-up paid by a first extraction. */
let loaded: Promise<(doc: DocumentInput) => Extraction> | undefined;
function extractor(): Promise<(doc: DocumentInput) => Extraction> {
  return (loaded ??= registerTsx().then(() => import('../extract/index.js')).then(({ extract }) => {
    // Every part of the extractor sets itself up on first use: a text with a title, a date, people,
    // an organization, a place, a relation and events reaches them all, before any budget runs.
    extract({
      id: 'warm-up',
      title: 'Harbour strike',
      publishedAt: '2020-05-04',
      text: 'Anna Berg, the leader of the Harbour Workers Union, met Mayor Tomas Lind in Lisbon on 3 May 2020. Police arrested two protesters, and the union called a strike, the paper reported.',
    });
    return extract;
  }));
}

async function registerTsx(): Promise<void> {
  if (!UNDER_TSX) return;
  const api = 'tsx/esm/api'; // a dev dependency: a variable, so the build does not resolve it
  const { register } = (await import(api)) as { register: () => unknown };
  register();
}

/** Called by piscina in a worker for each document. */
export default async function extractInWorker(task: Task): Promise<Extraction> {
  const extract = await extractor();
  task.started?.postMessage(true);
  return extract(task.doc);
}

// A fresh worker loads the extractor at once, before its first document arrives.
if (Piscina.isWorkerThread) void extractor().catch(() => undefined);
