import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

// Seeded, bounded fuzzing: extraction is total (never throws) and every offset it
// gives lies inside the text and names what it says. Pieces mix prose, names,
// punctuation, markup and astral characters, the shapes that broke it before.
const PIECES = [
  'He', 'met', 'Maria', 'Mira', 'Mira,', 'D,', ',', 'the', 'former', 'president', 'of', 'Norland', '.', 'Lara', 'D', 'Ola', 'Berg',
  '</p>', '<p>', '<', '>', '<b>', '&amp;', '&quot;', '"', '(', ')', "'s", 'said', 'told', 'on', 'Tuesday', 'UN', 'U.N.',
  'strike', 'in', 'Tarn', 'election', 'won', 'arrested', 'police', 'Workers', 'Party', 'his', 'wife', 'led', 'by',
  'mayor', 'CEO', '!', '?', ';', ':', '—', '-', '\n', '\n\n', '\t', '  ', 'é', 'ß', '😀', '12', '1999', 'March', 'last',
  'week', 'will', 'not', 'backed', 'opposed', 'Inc.', 'Mr.', 'A.', 'son', 'of',
];
const INPUTS = 2000;

function seeded(seed: number): () => number {
  let s = seed;
  return () => ((s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff);
}

describe('extraction fuzzing', () => {
  it(`is total and keeps offsets inside the text on ${INPUTS} seeded inputs`, () => {
    const rnd = seeded(20261206);
    const failures: string[] = [];
    for (let i = 0; i < INPUTS && failures.length < 5; i++) {
      let text = '';
      const words = 1 + Math.floor(rnd() * 40);
      for (let k = 0; k < words; k++) text += PIECES[Math.floor(rnd() * PIECES.length)]! + (rnd() < 0.7 ? ' ' : '');
      let x: ReturnType<typeof extract>;
      try {
        x = extract({ id: `fuzz-${i}`, text });
      } catch (err) {
        failures.push(`${JSON.stringify(text)} threw ${(err as Error).message}`);
        continue;
      }
      const inside = (what: string, o: { start: number; end: number; text?: string }) => {
        if (!(o.start >= 0 && o.start <= o.end && o.end <= text.length)) failures.push(`${JSON.stringify(text)}: ${what} [${o.start},${o.end}) outside`);
        else if (o.text !== undefined && text.slice(o.start, o.end) !== o.text) failures.push(`${JSON.stringify(text)}: ${what} text ${JSON.stringify(o.text)}`);
      };
      x.sentences.forEach((s) => inside('sentence', s));
      for (const e of x.entities) e.mentions.forEach((m) => inside(`mention of ${e.name}`, m));
      x.relations.forEach((r) => inside(`evidence of ${r.predicate}`, r.evidence));
      for (const v of x.events) {
        inside(`evidence of ${v.type}`, v.evidence);
        inside(`trigger of ${v.type}`, v.trigger);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
