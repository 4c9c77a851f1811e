import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

/** Head-of-state titles are tied to their country by the demonym before them, never by proximity. */
function leads(text: string): Array<[string, string, number]> {
  const x = extract({ id: 't', text });
  const name = (id: string) => x.entities.find((e) => e.id === id)?.name ?? id;
  return x.relations.filter((r) => r.predicate === 'LEADS').map((r) => [name(r.subject), name(r.object), r.confidence]);
}

describe('titles and their country', () => {
  it.each([
    ['a demonym names the country', 'Israel and Egypt talked. Israeli Prime Minister Ehud Barak said Israel wants peace.', 'Ehud Barak', 'Israel'],
    ['the demonym, not the other country of the sentence', 'Egyptian President Hosni Mubarak hosted the talks in Israel and Egypt.', 'Hosni Mubarak', 'Egypt'],
  ])('%s', (_, text, person, country) => {
    const got = leads(text);
    expect(got.some(([s, o]) => s === person && o === country), JSON.stringify(got)).toBe(true);
    expect(got.some(([s, o]) => s === person && o !== country), JSON.stringify(got)).toBe(false);
  });

  it.each([
    ['a demonym of a country not named', 'Palestinian President Yasser Arafat met officials in Israel on Monday.', 'Yasser Arafat'],
    ['a nearby country before the title', 'In Israel, talks with Palestinian President Yasser Arafat resumed.', 'Yasser Arafat'],
  ])('not the nearest country: %s', (_, text, person) => {
    const got = leads(text);
    expect(got.filter(([s]) => s === person), JSON.stringify(got)).toEqual([]);
  });

  it('a bare title falls back to the story country, with low confidence', () => {
    const got = leads('President Omar Bongo spoke in Gabon on Monday. Gabon voted.');
    const hit = got.find(([s, o]) => s === 'Omar Bongo' && o === 'Gabon');
    expect(hit?.[2]).toBeLessThan(0.5);
  });
});
