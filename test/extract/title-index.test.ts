import { describe, expect, it } from 'vitest';
import { relationCues } from '../../src/extract/relations/cues.js';
import { sameOrPlural, titleEndingAt, titleIndex } from '../../src/extract/relations/title-index.js';

describe('title index', () => {
  const cues = relationCues();

  it.each([
    ['minister', 'minister', true],
    ['ministers', 'minister', true],
    ['ministerss', 'minister', false],
    ['ministerx', 'minister', false],
    ['mayor', 'minister', false],
    [undefined, 'minister', false],
  ])('sameOrPlural(%s, %s) is %s', (have, word, expected) => {
    expect(sameOrPlural(have, word)).toBe(expected);
  });

  it('finds the longest title ending at the last word, as a scan of every title would', () => {
    const scan = (words: string[]) => {
      for (const title of cues.titles) {
        const n = title.words.length;
        if (n > words.length) continue;
        const start = words.length - n;
        if (title.words.every((w, k) => words[start + k] === w || words[start + k] === `${w}s`)) return { title, start };
      }
      return undefined;
    };
    const phrases = ['the prime minister', 'deputy prime ministers', 'foreign minister', 'chief executive', 'the mayor', 'a local farmer', 'general secretary', 'secretary general', ''];
    for (const phrase of phrases) {
      const words = phrase.split(' ').filter(Boolean);
      expect(titleEndingAt(words, cues)).toEqual(scan(words));
    }
    expect(titleEndingAt(['the', 'prime', 'minister'], cues)?.title.words).toEqual(['prime', 'minister']);
  });

  it('lists titles by first word, longest first, and knows every title word', () => {
    const index = titleIndex(cues);
    const prime = index.startingWith('prime');
    expect(prime.length).toBeGreaterThan(0);
    expect(prime.every((t) => t.words[0] === 'prime')).toBe(true);
    for (let i = 1; i < prime.length; i++) expect(prime[i - 1]!.words.length).toBeGreaterThanOrEqual(prime[i]!.words.length);
    expect(index.startingWithOrPlural('ministers').some((t) => t.words[0] === 'minister')).toBe(true);
    expect(index.words.has('minister')).toBe(true);
    expect(index.words.has('banana')).toBe(false);
  });
});
