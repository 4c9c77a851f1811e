// Extraction benchmark: the full pipeline (extract()) against raw compromise
// (nlp(text) with people(), organizations(), places()) on the same >= 1 MB of
// text, in the same run; median of 5 runs each, alternating. Our parse runs
// compromise's post-tagger sweep through sweep.ts (same tags, faster), so raw
// compromise is also timed with that sweep: the ratio against it is what our
// own stages cost on top of the parse. Then memory while
// streaming 4x more text, to show it stays flat in the corpus size.
import nlp from 'compromise';
import { extract } from '../src/extract/index.js';
import { bulkMatch } from '../src/extract/sweep.js';
import type { DocumentInput } from '../src/model/document.js';
import { generateCorpus } from './corpus.js';
import { median, table } from './stats.js';

const RUNS = 5;

function corpusOfAtLeast(bytes: number, seed: number): DocumentInput[] {
  const docs: DocumentInput[] = [];
  let size = 0;
  let batch = 0;
  while (size < bytes) {
    for (const d of generateCorpus(500, { seed: seed + batch++, idPrefix: `x${batch}` })) {
      docs.push(d);
      size += d.text.length;
    }
  }
  return docs;
}

function rawCompromise(docs: DocumentInput[]): void {
  for (const d of docs) {
    const parsed = nlp(d.text);
    parsed.people().out('array');
    parsed.organizations().out('array');
    parsed.places().out('array');
  }
}

/** Raw compromise with our faster sweep swapped in for the run (as parse() does), then its own restored. */
function rawCompromiseFastSweep(docs: DocumentInput[]): void {
  const methods = (nlp.world() as unknown as { methods: { one: { bulkMatch: unknown } } }).methods.one;
  const stock = methods.bulkMatch;
  methods.bulkMatch = bulkMatch;
  try {
    rawCompromise(docs);
  } finally {
    methods.bulkMatch = stock;
  }
}

function ours(docs: DocumentInput[]): void {
  for (const d of docs) extract(d);
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return (performance.now() - t) / 1000;
}

export async function run(): Promise<string> {
  const docs = corpusOfAtLeast(1_100_000, 100);
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  // Warm-up: lexicons load, JIT settles.
  ours(docs.slice(0, 100));
  rawCompromise(docs.slice(0, 100));
  rawCompromiseFastSweep(docs.slice(0, 100));
  const oursTimes: number[] = [];
  const rawTimes: number[] = [];
  const rawFastTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    rawTimes.push(time(() => rawCompromise(docs)));
    oursTimes.push(time(() => ours(docs)));
    rawFastTimes.push(time(() => rawCompromiseFastSweep(docs)));
  }
  const rawRate = chars / median(rawTimes);
  const rawFastRate = chars / median(rawFastTimes);
  const oursRate = chars / median(oursTimes);
  const row = (name: string, rate: number, times: number[]) => [name, rate, (docs.length * rate) / chars, times.map((t) => t.toFixed(2)).join(' ')];
  const out = [
    `Corpus: ${docs.length} generated documents, ${(chars / 1e6).toFixed(2)} M characters; median of ${RUNS} runs, alternating.`,
    '',
    table(
      ['pipeline', 'chars/s (median)', 'docs/s', 'runs (s)'],
      [
        row('raw compromise: nlp(text) + people/organizations/places', rawRate, rawTimes),
        row('raw compromise, with our post-tagger sweep (sweep.ts)', rawFastRate, rawFastTimes),
        row('actorgraph extract() (entities, identity, relations, events)', oursRate, oursTimes),
      ],
    ),
    '',
    `actorgraph / raw compromise: ${(oursRate / rawRate).toFixed(2)}x`,
    `actorgraph / raw compromise with our sweep (what our own stages cost on top of the same parse): ${(oursRate / rawFastRate).toFixed(2)}x`,
    '',
  ];

  // Memory: stream 4x the corpus one document at a time; the heap after GC should not grow with it.
  const gc = (globalThis as { gc?: () => void }).gc;
  const checkpoints: Array<[string, number, number]> = [];
  let processed = 0;
  const total = docs.length * 4;
  for (let round = 0; round < 4; round++) {
    for (const d of docs) {
      extract({ ...d, id: `${d.id}-${round}` });
      processed++;
    }
    gc?.();
    const m = process.memoryUsage();
    checkpoints.push([`${processed} docs (${((chars * (round + 1)) / 1e6).toFixed(1)} M chars)`, m.heapUsed / 1e6, m.rss / 1e6]);
  }
  out.push(
    `Memory while streaming ${total} documents${gc ? ' (heap measured after a forced GC)' : ' (run with --expose-gc for exact heap figures)'}:`,
    '',
    table(['after', 'heap used (MB)', 'RSS (MB)'], checkpoints),
  );
  return out.join('\n');
}
