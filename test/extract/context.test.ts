import { describe, expect, it } from 'vitest';
import { documentContext } from '../../src/extract/context.js';
import { extract } from '../../src/extract/index.js';
import { nlp } from '../../src/extract/nlp.js';

function dateWords(text: string, publishedAt = '2011-05-20'): string[] {
  const doc = { id: 'ctx', text, publishedAt };
  const ctx = documentContext(doc, nlp(text));
  return ctx.parsedSentences.flatMap((s) => s.terms.filter((t) => t.tags.has('Date')).map((t) => t.text));
}

describe('documentContext tags the words of dates', () => {
  it.each([
    ['The dockers walked out last week and returned two days ago.', ['last', 'week', 'two', 'days', 'ago']],
    ['Talks resume on 14 June 2011 in the capital.', ['14', 'June', '2011']],
    ['Last November the tenants stopped paying rent.', ['Last', 'November']],
    ['The council met yesterday.', ['yesterday']],
  ])('%s', (text, want) => {
    expect(dateWords(text)).toEqual(want);
  });

  it('leaves words that only look like dates alone', () => {
    expect(dateWords('They may march this afternoon.')).not.toContain('may');
  });

  it('does not make a name of a date at the start of a sentence', () => {
    const names = extract({ id: 'ctx', text: 'Last November the tenants of Harwick Road stopped paying rent.', publishedAt: '2011-05-20' })
      .entities.map((e) => e.name);
    expect(names.some((n) => /november/i.test(n))).toBe(false);
  });
});
