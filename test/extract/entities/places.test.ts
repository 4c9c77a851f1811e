import { describe, expect, it } from 'vitest';
import { entitiesOf, summary } from './_helpers.js';

const places = (text: string) => entitiesOf(text).filter((e) => e.type === 'Place').map((e) => e.name);

describe('places from the gazetteer and from context', () => {
  const cases: Array<[string, string[]]> = [
    ['Talks were held in Nairobi and later in Addis Ababa.', ['Nairobi', 'Addis Ababa']],
    ['Exports to Latin America and the Middle East rose.', ['Latin America', 'Middle East']],
    ['Floods hit Sindh province.', ['Sindh']],
    ['The plant is in Gastonia, N.C., and in Leeds, England.', ['Gastonia', 'N.C.', 'Leeds', 'England']],
    ['Fighting broke out in the Soviet Union in 1991.', ['Soviet Union']],
    ['Prices in Britain rose.', ['United Kingdom']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it('reads a dateline in capitals', () => {
    const es = entitiesOf('NAIROBI 1998-03-02\nThe rains came early.');
    expect(es.map((e) => `${e.name}/${e.type}`)).toEqual(['Nairobi/Place']);
    expect(es[0]!.mentions[0]!.text).toBe('NAIROBI');
  });

  it('ends a place at "-based"', () => {
    expect(places('The Lyon-based firm grew.')).toEqual(['Lyon']);
  });

  it('joins variants of one place', () => {
    const es = entitiesOf('The United States and the U.S. Congress disagreed.');
    const us = es.find((e) => e.type === 'Place');
    expect(us?.name).toBe('United States');
  });

  it('finds landmarks by their head word', () => {
    expect(places('Crowds gathered in Tahrir Square.')).toEqual(['Tahrir Square']);
  });

  it('does not read demonyms as places', () => {
    expect(summary('Kenyan farmers sold maize.')).toEqual(['Kenyan farmers/Group']);
  });
});

describe('small towns', () => {
  it('reads a town under 15,000 people as a place in place context', () => {
    expect(places('The family moved to Sejny in 1920.')).toEqual(['Sejny']);
  });
});
