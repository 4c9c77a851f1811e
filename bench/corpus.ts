import type { DocumentInput } from '../src/model/document.js';

/**
 * A deterministic generator of news-like documents for benchmarks: a pool of
 * people, organisations, groups and places that recur across documents (as
 * in real news), in sentences of the shapes news wires use.
 */
export function generateCorpus(count: number, opts: { seed?: number; idPrefix?: string } = {}): DocumentInput[] {
  const rand = mulberry32(opts.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const syllables = ['ka', 'lo', 'mi', 'ra', 'ten', 'vas', 'dor', 'bel', 'si', 'mun', 'qui', 'ze', 'pal', 'ver', 'no', 'gar'];
  const word = (n: number) => {
    let w = '';
    for (let i = 0; i < n; i++) w += pick(syllables);
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  const firstNames = ['Ana', 'Pedro', 'Maria', 'John', 'Elena', 'Omar', 'Laura', 'Carlos', 'Sofia', 'David', 'Irina', 'Kwame', 'Mei', 'Tomas', 'Fatima', 'Luis'];
  const people = Array.from({ length: 400 }, () => `${pick(firstNames)} ${word(2 + Math.floor(rand() * 2))}`);
  const orgHeads = ['Party', 'Workers Union', 'Federation', 'Movement', 'Alliance', 'Corporation', 'Council', 'Front'];
  const orgs = Array.from({ length: 150 }, () => `${word(2)} ${pick(orgHeads)}`);
  const groups = ['copper miners', 'dock workers', 'teachers', 'students', 'farmers', 'nurses', 'truck drivers', 'bank employees', 'air traffic controllers', 'textile workers'];
  const places = ['Lisbon', 'Madrid', 'Santiago', 'Lima', 'Nairobi', 'Lagos', 'Manila', 'Jakarta', 'Warsaw', 'Athens', 'Bogota', 'Quito', 'Accra', 'Hanoi', 'Seoul', 'Toronto', 'Chicago', 'Mumbai', 'Cairo', 'Tunis'];
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

  const templates: Array<() => string> = [
    () => `${pick(people)}, the leader of the ${pick(orgs)}, said on ${pick(days)} that ${pick(groups)} would strike in ${pick(places)}.`,
    () => `The ${pick(orgs)} backed ${pick(people)} as its candidate for the election on ${1 + Math.floor(rand() * 28)} ${pick(months)}.`,
    () => `${pick(people)}, a member of the ${pick(orgs)}, criticised ${pick(people)} at a rally in ${pick(places)}.`,
    () => `Thousands of ${pick(groups)} marched through ${pick(places)} to protest against the ${pick(orgs)}.`,
    () => `Police arrested ${pick(people)} in ${pick(places)} on ${pick(days)}, a spokesman for the ${pick(orgs)} said.`,
    () => `The ${pick(orgs)} agreed to buy the ${pick(orgs)} for ${10 + Math.floor(rand() * 900)} million dollars.`,
    () => `${pick(people)} resigned as head of the ${pick(orgs)} after ${Math.floor(2 + rand() * 10)} years.`,
    () => `${pick(people)} and ${pick(people)} met in ${pick(places)} to discuss the ${pick(['reform', 'budget', 'strike', 'election', 'agreement'])}.`,
    () => `Officials said the ${pick(groups)} had ended their walkout after ${Math.floor(2 + rand() * 20)} days.`,
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

/** Small, fast, seedable PRNG, so every run generates the same corpus. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
