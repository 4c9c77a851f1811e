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

describe('a definition gives a name the kind "place"', () => {
  const cases: Array<[string, string, string]> = [
    ['a town with adjectives before the noun', 'Quarrytown is a small market town in Kansas.', 'Quarrytown/Place'],
    ['a village near a city', 'Elm Hollow was a mining village near Leeds.', 'Elm Hollow/Place'],
    ['a hamlet in a parish', 'Bolton Grange is a hamlet in the parish of Ashby.', 'Bolton Grange/Place'],
    ['a commune of a department', 'Saint-Orvel is a commune of the Cher department.', 'Saint-Orvel/Place'],
  ];
  it.each(cases)('%s', (_, text, want) => {
    expect(summary(text)).toContain(want);
  });
  const not: Array<[string, string, string]> = [
    ['a title with a place word in it', 'Ann Smith is a town councillor in Leeds.', 'Ann Smith/Place'],
    ['a kind noun that is no place', 'Harrow Vale is a record label in London.', 'Harrow Vale/Place'],
  ];
  it.each(not)('not: %s', (_, text, unwanted) => {
    expect(summary(text)).not.toContain(unwanted);
  });
});
