import { describe, expect, it } from 'vitest';
import { RULES_ONLY, entitiesOf } from './entities/_helpers.js';

/** Entity gaps seen in encyclopedic and news text, second round: each case is a sentence written for the test. */
const typeOf = (text: string, name: string): string | undefined => entitiesOf(text, RULES_ONLY).find((e) => e.name === name || e.aliases.includes(name))?.type;

describe('brackets emptied of their words', () => {
  it.each([
    ['Brankoll (,) is an island in the north of the gulf.', 'Brankoll', 'Place'],
    ['Vorrisk () was a British rock band formed in 1979.', 'Vorrisk', 'Organization'],
    ['Tellomar ( ; ) is a village in the hills.', 'Tellomar', 'Place'],
  ])('%s -> %s is %s', (text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });
});

describe('a list holding a club is a list of clubs', () => {
  it('types the cities and unknown names listed with a club as clubs', () => {
    const text = 'In his career he played in the top flight for Derby United, Brackwater, Leicester and Portsmouth.';
    expect(typeOf(text, 'Derby United')).toBe('Organization');
    expect(typeOf(text, 'Brackwater')).toBe('Organization');
    expect(typeOf(text, 'Leicester')).toBe('Organization');
    expect(typeOf(text, 'Portsmouth')).toBe('Organization');
  });
  it('needs two "City" names when they are the only clubs', () => {
    expect(typeOf('In later years he turned out for Coventry City, Norwich City and Leicester.', 'Leicester')).toBe('Organization');
    expect(typeOf('The towns include Montreal, Coventry City and Leicester in the survey.', 'Leicester')).toBe('Place');
  });
  it('leaves a list of places alone', () => {
    expect(typeOf('The tour visited Leicester, Portsmouth and Glasgow.', 'Portsmouth')).toBe('Place');
  });
});

describe('US state abbreviations after a town', () => {
  it.each([
    ['The plant in Brackton, Tex., employs 300 people.', 'Tex.'],
    ['The firm will build a warehouse in Fairview, Calif. , next year.', 'Calif.'],
  ])('%s -> %s is a place', (text, name) => {
    expect(typeOf(text, name)).toBe('Place');
  });
});

describe('a place with its lowercase designator', () => {
  const aliasesOf = (text: string, name: string): string[] => entitiesOf(text, RULES_ONLY).find((e) => e.name === name)?.aliases ?? [];
  it('keeps "X prefecture", "X district" as forms of the place', () => {
    expect(aliasesOf('Heavy rain fell across Gifu prefecture on Monday.', 'Gifu')).toContain('Gifu prefecture');
    expect(aliasesOf('Idukki district is known for its tea.', 'Idukki')).toContain('Idukki district');
  });
  it('not when the designator opens a body\'s name', () => {
    expect(aliasesOf('The Gifu prefecture office closed on Monday.', 'Gifu')).not.toContain('Gifu prefecture');
  });
});

describe('a name that has shares is a company', () => {
  it.each([
    ["After the announcement Quorvex's stock soared five dollars on the exchange.", 'Quorvex'],
    ["Tellabrin's shares fell 3 percent in early trading.", 'Tellabrin'],
    ['Last year a Korean group bought a majority stake in Vantreel.', 'Vantreel'],
    ['The fund sold its shares of Brindlecote on Monday.', 'Brindlecote'],
  ])('%s -> %s is an organization', (text, name) => {
    expect(typeOf(text, name)).toBe('Organization');
  });
});

describe('a kind noun, a comma and "called"', () => {
  it.each([
    ['A consortium, called Marvasti, will run the new toll road from 2030.', 'Marvasti', 'Organization'],
    ['The village, called Brennock, lies on the river.', 'Brennock', 'Place'],
    ['The joint venture, named Orlavia, will build the plant.', 'Orlavia', 'Organization'],
  ])('%s -> %s is %s', (text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });
});

describe('a television or radio station is a broadcaster', () => {
  it.each([
    ['Kelvane was a local television station until it closed in 2001.', 'Kelvane', 'Organization'],
    ['Drossmoor is a radio station serving the valley.', 'Drossmoor', 'Organization'],
    ['Ostrelby is a small railway station on the coast line.', 'Ostrelby', 'Place'],
  ])('%s -> %s is %s', (text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });
});
