import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { ExtractorPool, ExtractWorkerError } from '../../src/pipeline/extract-worker.js';

/** Worker start-up loads the lexicons; on a busy machine that takes seconds. */
const SLOW = 120_000;

const docs = [
  { id: 'pool-1', text: 'Ferry crews in Dunmarrow went on strike on Monday, their union said.' },
  { id: 'pool-2', text: 'Mayor Ilka Sorrent met the leaders of the Dunmarrow Ferry Union on Friday.' },
  { id: 'pool-3', text: 'Police arrested three protesters outside the port authority in Dunmarrow.' },
];

/** About 200 KB of prose, written here: seconds of extraction, far over the budget below. */
/** Far more than the 1.5 s budget takes to extract, even on a fast machine (200,000 characters no longer was). */
function longText(): string {
  const parts: string[] = [];
  for (let i = 0, length = 0; length < 800_000; i++) {
    const sentence = `Councillor Brann Ostel${i % 7} of the Velsby Harbour Board met union leaders in Velsby on ${1 + (i % 28)} May ${1990 + (i % 30)} and promised higher wages.`;
    parts.push(sentence);
    length += sentence.length + 1;
  }
  return parts.join(' ');
}

const pools: ExtractorPool[] = [];
const pool = (opts: ConstructorParameters<typeof ExtractorPool>[0]) => {
  const p = new ExtractorPool(opts);
  pools.push(p);
  return p;
};
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

async function errorOf(p: Promise<unknown>): Promise<ExtractWorkerError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(ExtractWorkerError);
    return err as ExtractWorkerError;
  }
  throw new Error('expected the extraction to fail');
}

describe('ExtractorPool (piscina workers)', () => {
  it('gives, on two workers, the same extractions as the extractor on this thread', { timeout: SLOW }, async () => {
    const p = pool({ size: 2 });
    const got = await Promise.all(docs.map((d) => p.extract(d)));
    expect(got).toEqual(docs.map((d) => extract(d)));
  });

  it('stops a document over its time budget with TIMEOUT, not counting start-up, and goes on with a fresh worker', { timeout: SLOW }, async () => {
    const p = pool({ size: 1, timeoutMs: 1_500 });
    // The first document pays the worker's start-up, which is outside the budget.
    expect((await p.extract(docs[0]!)).document.id).toBe('pool-1');
    const err = await errorOf(p.extract({ id: 'pool-long', text: longText() }));
    expect(err.code).toBe('TIMEOUT');
    expect(err.docId).toBe('pool-long');
    expect(err.message).toMatch(/took longer than 1500 ms/);
    expect((await p.extract(docs[1]!)).document.id).toBe('pool-2');
  });

  it('refuses with BUSY beyond its queue, and with CLOSED once closed', { timeout: SLOW }, async () => {
    const p = pool({ size: 1, maxQueued: 1 });
    const running = p.extract(docs[0]!);
    const queued = p.extract(docs[1]!);
    expect((await errorOf(p.extract(docs[2]!))).code).toBe('BUSY');
    await Promise.all([running, queued]);
    await p.close();
    expect((await errorOf(p.extract(docs[2]!))).code).toBe('CLOSED');
  });
});
