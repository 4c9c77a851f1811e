import type { Reader } from '../graph/queries/read.js';

/** A counting semaphore with a FIFO queue: at most `permits` holders at once. */
export class Semaphore {
  private free: number;
  private readonly waiting: Array<() => void> = [];
  constructor(readonly permits: number) {
    this.free = permits;
  }

  async acquire(): Promise<() => void> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    };
  }

  /** Holders now, for tests and the benchmark. */
  get inUse(): number {
    return this.permits - this.free;
  }

  get queued(): number {
    return this.waiting.length;
  }
}

/** Statements one request may have in flight: a request with thousands of aliases waits on itself, not on everyone. */
export const REQUEST_NEO4J_CONCURRENCY = 4;

/**
 * A reader whose statements first take a permit of the request's own semaphore,
 * then one of the process-wide semaphore. The process-wide cap stays under the
 * driver's pool (100 connections), so /health's ping and other requests always
 * find a connection (issue 11, item 2).
 */
export function gatedReader(reader: Reader, request: Semaphore, global: Semaphore): Reader {
  return {
    async read(query, params) {
      const releaseRequest = await request.acquire();
      try {
        const releaseGlobal = await global.acquire();
        try {
          return await reader.read(query, params);
        } finally {
          releaseGlobal();
        }
      } finally {
        releaseRequest();
      }
    },
  };
}
