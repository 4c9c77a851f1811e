import { seededRandom } from '../src/extract/learned/softmax-regression.js';
import type { DocumentInput } from '../src/model/document.js';

/**
 * How often names recur. `uniform`: every name of a fixed pool equally likely
 * (the extraction and ingest benchmarks' corpus). `news`: as in real news, a
 * few names are hubs (name popularity falls off as 1/rank, Zipf), the pools
 * grow with the corpus, and a share of the names appear once and never again
 * (the long tail): what the API and scale benchmarks read.
 */
export type NameDistribution = 'uniform' | 'news';

export interface CorpusOptions {
  seed?: number;
  idPrefix?: string;
  names?: NameDistribution;
}

/** Shares of mentions that are a name seen nowhere else (news mode). */
const FRESH_PERSON_SHARE = 0.25;
const FRESH_ORG_SHARE = 0.1;

/**
 * A deterministic generator of news-like documents for benchmarks: a pool of
 * people, organisations, groups and places that recur across documents (as
 * in real news), in sentences of the shapes news wires use.
 */
export function generateCorpus(count: number, opts: CorpusOptions = {}): DocumentInput[] {
  const rand = seededRandom(opts.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const news = opts.names === 'news';
  const syllables = ['ka', 'lo', 'mi', 'ra', 'ten', 'vas', 'dor', 'bel', 'si', 'mun', 'qui', 'ze', 'pal', 'ver', 'no', 'gar'];
  const word = (n: number) => {
    let w = '';
    for (let i = 0; i < n; i++) w += pick(syllables);
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  const firstNames = ['Ana', 'Pedro', 'Maria', 'John', 'Elena', 'Omar', 'Laura', 'Carlos', 'Sofia', 'David', 'Irina', 'Kwame', 'Mei', 'Tomas', 'Fatima', 'Luis'];
  // Pools grow with the corpus in news mode (a larger archive names more people), fixed otherwise.
  const peoplePool = Array.from({ length: news ? 400 + Math.floor(count / 25) : 400 }, () => `${pick(firstNames)} ${word(2 + Math.floor(rand() * 2))}`);
  const orgHeads = ['Party', 'Workers Union', 'Federation', 'Movement', 'Alliance', 'Corporation', 'Council', 'Front'];
  const orgPool = Array.from({ length: news ? 150 + Math.floor(count / 100) : 150 }, () => `${word(2)} ${pick(orgHeads)}`);
  const groupPool = ['copper miners', 'dock workers', 'teachers', 'students', 'farmers', 'nurses', 'truck drivers', 'bank employees', 'air traffic controllers', 'textile workers'];
  const placePool = ['Lisbon', 'Madrid', 'Santiago', 'Lima', 'Nairobi', 'Lagos', 'Manila', 'Jakarta', 'Warsaw', 'Athens', 'Bogota', 'Quito', 'Accra', 'Hanoi', 'Seoul', 'Toronto', 'Chicago', 'Mumbai', 'Cairo', 'Tunis'];
  // Names used once: a counter spelled in syllables (a prefix-free set, so spellings never repeat), ten letters or more, longer than any pool word.
  let fresh = 0;
  const freshWord = () => {
    // A bijection of the counter (odd multiplier mod 2^32), so consecutive names do not look alike.
    let n = Math.imul(fresh++, 0x9e3779b1) >>> 0;
    let w = '';
    do {
      w += syllables[n % syllables.length];
      n = Math.floor(n / syllables.length);
    } while (n > 0 || w.length < 8);
    return w.charAt(0).toUpperCase() + w.slice(1) + syllables[0];
  };
  const drawFrom = <T>(pool: readonly T[]): (() => T) => {
    if (!news) return () => pick(pool);
    const rank = zipf(pool.length, rand);
    return () => pool[rank()]!;
  };
  const pooledPerson = drawFrom(peoplePool);
  const pooledOrg = drawFrom(orgPool);
  const person = news ? () => (rand() < FRESH_PERSON_SHARE ? `${pick(firstNames)} ${freshWord()}` : pooledPerson()) : pooledPerson;
  const org = news ? () => (rand() < FRESH_ORG_SHARE ? `${freshWord()} ${pick(orgHeads)}` : pooledOrg()) : pooledOrg;
  const group = drawFrom(groupPool);
  const place = drawFrom(placePool);
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

  const templates: Array<() => string> = [
    () => `${person()}, the leader of the ${org()}, said on ${pick(days)} that ${group()} would strike in ${place()}.`,
    () => `The ${org()} backed ${person()} as its candidate for the election on ${1 + Math.floor(rand() * 28)} ${pick(months)}.`,
    () => `${person()}, a member of the ${org()}, criticised ${person()} at a rally in ${place()}.`,
    () => `Thousands of ${group()} marched through ${place()} to protest against the ${org()}.`,
    () => `Police arrested ${person()} in ${place()} on ${pick(days)}, a spokesman for the ${org()} said.`,
    () => `The ${org()} agreed to buy the ${org()} for ${10 + Math.floor(rand() * 900)} million dollars.`,
    () => `${person()} resigned as head of the ${org()} after ${Math.floor(2 + rand() * 10)} years.`,
    () => `${person()} and ${person()} met in ${place()} to discuss the ${pick(['reform', 'budget', 'strike', 'election', 'agreement'])}.`,
    () => `Officials said the ${group()} had ended their walkout after ${Math.floor(2 + rand() * 20)} days.`,
  ];
  const docs: DocumentInput[] = [];
  for (let i = 0; i < count; i++) {
    const sentences = Array.from({ length: 4 + Math.floor(rand() * 6) }, () => pick(templates)());
    docs.push({
      id: `${opts.idPrefix ?? 'bench'}-${String(i).padStart(6, '0')}`,
      title: `Report ${i}`,
      publishedAt: `20${String(10 + Math.floor(rand() * 14))}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`,
      text: sentences.join(' '),
    });
  }
  return docs;
}

/** Ranks 0..n-1 drawn with probability proportional to 1/(rank+1) (Zipf, exponent 1): rank 0 is the hub. */
export function zipf(n: number, rand: () => number): () => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) cumulative[k] = total += 1 / (k + 1);
  return () => {
    const x = rand() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}
