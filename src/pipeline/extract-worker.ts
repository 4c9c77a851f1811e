import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { DocumentInput } from '../model/document.js';
import type { Extraction } from '../model/extraction.js';

/**
 * Extraction on a worker thread with a time budget, so a long document never
 * blocks the event loop of the process that serves requests (issue 11, item 4).
 * One module for both sides: the main thread imports `ExtractorPool`; the same
 * file, started as a worker, answers extraction requests.
 */

/** Why an off-thread extraction did not give a result. */
export class ExtractWorkerError extends Error {
  readonly code: 'TIMEOUT' | 'BUSY' | 'FAILED' | 'CLOSED';
  readonly docId: string;
  constructor(code: ExtractWorkerError['code'], docId: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ExtractWorkerError';
    this.code = code;
    this.docId = docId;
  }
}

export interface ExtractorPoolOptions {
  /** Workers running at once (each holds its own copy of the lexicons). */
  size?: number;
  /** How long one extraction may run before its worker is stopped. */
  timeoutMs?: number;
  /** Extractions that may wait for a worker; more are refused with `BUSY`. */
  maxQueued?: number;
}

interface Job {
  doc: DocumentInput;
  resolve: (x: Extraction) => void;
  reject: (e: Error) => void;
}

type Reply = { ok: true; extraction: Extraction } | { ok: false; message: string };

const ROLE = 'actorgraph-extract-worker';

/** Starts this file as a worker; under a TypeScript runner (tests, bench) the worker loads tsx first. */
function startWorker(): Worker {
  const self = new URL(import.meta.url);
  if (self.pathname.endsWith('.ts')) {
    const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(self.href)}); });`;
    return new Worker(boot, { eval: true, workerData: { role: ROLE } });
  }
  return new Worker(self, { workerData: { role: ROLE } });
}

/** How long a new worker may take to load the extractor (lexicons, compromise) before it counts as failed. */
const STARTUP_TIMEOUT_MS = 60_000;

/** A started worker and the moment it has loaded the extractor. */
interface Started {
  worker: Worker;
  ready: Promise<void>;
}

function launch(): Started {
  const worker = startWorker();
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the extraction worker did not start within ${STARTUP_TIMEOUT_MS} ms`)), STARTUP_TIMEOUT_MS);
    timer.unref(); // the starting worker keeps the process alive; this timer need not
    const off = () => {
      clearTimeout(timer);
      worker.off('message', onReady);
      worker.off('error', onFail);
      worker.off('exit', onFail);
    };
    const onReady = (m: unknown) => {
      if ((m as { ready?: boolean }).ready) {
        off();
        resolve();
      }
    };
    const onFail = (e: unknown) => {
      off();
      reject(e instanceof Error ? e : new Error(`the extraction worker exited with code ${String(e)}`));
    };
    worker.on('message', onReady);
    worker.on('error', onFail);
    worker.on('exit', onFail);
  });
  ready.catch(() => undefined);
  return { worker, ready };
}

/** A worker slot: started lazily, replaced after a timeout or a crash. The time budget starts once the worker is ready. */
class Slot {
  private current: Started | undefined;

  run(job: Job, timeoutMs: number, done: () => void): void {
    if (!this.current) {
      const fresh = launch();
      // A worker that dies while idle is replaced by the next job, not sent to.
      fresh.worker.once('exit', () => {
        if (this.current === fresh) this.current = undefined;
      });
      this.current = fresh;
    }
    const started = this.current;
    const { worker } = started;
    const kill = () => {
      if (this.current === started) this.current = undefined;
      void worker.terminate();
    };
    started.ready.then(
      () => this.send(job, started, timeoutMs, kill, done),
      (err: unknown) => {
        kill();
        job.reject(new ExtractWorkerError('FAILED', job.doc.id, `extraction worker failed to start: ${(err as Error).message}`, { cause: err }));
        done();
      },
    );
  }

  private send(job: Job, started: Started, timeoutMs: number, kill: () => void, done: () => void): void {
    const { worker } = started;
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      worker.unref();
      fn();
      done();
    };
    const onMessage = (reply: Reply) =>
      finish(() => (reply.ok ? job.resolve(reply.extraction) : job.reject(new ExtractWorkerError('FAILED', job.doc.id, `extraction failed: ${reply.message}`))));
    const onError = (err: Error) =>
      finish(() => {
        kill();
        job.reject(new ExtractWorkerError('FAILED', job.doc.id, `extraction worker crashed: ${err.message}`, { cause: err }));
      });
    const onExit = (code: number) =>
      finish(() => {
        if (this.current === started) this.current = undefined;
        job.reject(new ExtractWorkerError('FAILED', job.doc.id, `extraction worker exited with code ${code}`));
      });
    const timer = setTimeout(
      () =>
        finish(() => {
          kill();
          job.reject(new ExtractWorkerError('TIMEOUT', job.doc.id, `extraction of "${job.doc.id}" took longer than ${timeoutMs} ms and was stopped`));
        }),
      timeoutMs,
    );
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.ref();
    worker.postMessage(job.doc);
  }

  async close(): Promise<void> {
    const c = this.current;
    this.current = undefined;
    if (c) await c.worker.terminate();
  }
}

/** A small pool of extraction workers with a bounded queue. */
export class ExtractorPool {
  private readonly slots: Slot[];
  private readonly idle: Slot[];
  private readonly queue: Job[] = [];
  private readonly timeoutMs: number;
  private readonly maxQueued: number;
  private closed = false;

  constructor(opts: ExtractorPoolOptions = {}) {
    this.slots = Array.from({ length: Math.max(1, opts.size ?? 1) }, () => new Slot());
    this.idle = [...this.slots];
    this.timeoutMs = opts.timeoutMs ?? 20_000;
    this.maxQueued = opts.maxQueued ?? 8;
  }

  /** The extraction of `doc`, computed off the main thread within the time budget. */
  extract(doc: DocumentInput): Promise<Extraction> {
    if (this.closed) return Promise.reject(new ExtractWorkerError('CLOSED', doc.id, 'the extractor pool is closed'));
    if (this.idle.length === 0 && this.queue.length >= this.maxQueued) {
      return Promise.reject(new ExtractWorkerError('BUSY', doc.id, `${this.queue.length} documents are already waiting for extraction; try again later`));
    }
    return new Promise<Extraction>((resolve, reject) => {
      this.queue.push({ doc, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new ExtractWorkerError('CLOSED', job.doc.id, 'the extractor pool is closed'));
    await Promise.all(this.slots.map((s) => s.close()));
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const slot = this.idle.pop()!;
      const job = this.queue.shift()!;
      slot.run(job, this.timeoutMs, () => {
        this.idle.push(slot);
        this.pump();
      });
    }
  }
}

/** The worker side: extracts each document it is sent and answers with the result. */
async function serveExtractions(): Promise<void> {
  const { extract } = await import('../extract/index.js');
  // The first extraction pays for lazy set-up (lexicons, compiled patterns): done before "ready", outside any budget.
  extract({ id: 'warm-up', text: 'Workers in the port went on strike on Monday, the union said.' });
  parentPort!.on('message', (doc: DocumentInput) => {
    let reply: Reply;
    try {
      reply = { ok: true, extraction: extract(doc) };
    } catch (err) {
      reply = { ok: false, message: err instanceof Error ? err.message : String(err) };
    }
    parentPort!.postMessage(reply);
  });
  parentPort!.postMessage({ ready: true });
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === ROLE) void serveExtractions();
