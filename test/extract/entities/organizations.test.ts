import { describe, expect, it } from 'vitest';
import { entitiesOf, find, summary } from './_helpers.js';

describe('organizations by head noun and corporate suffix', () => {
  const cases: Array<[string, string]> = [
    ['The Green Party won four seats.', 'Green Party'],
    ['Delegates of the National Farmers Federation met on Monday.', 'National Farmers Federation'],
    ['He studied at the University of Ghana before the war.', 'University of Ghana'],
    ['Shares of Northwind Traders Ltd fell sharply.', 'Northwind Traders Ltd'],
    ['Contoso Holdings Inc. said profits rose.', 'Contoso Holdings Inc.'],
    ['The Supreme Court of Kenya annulled the vote.', 'Supreme Court of Kenya'],
    ['A spokesman for the Chamber of Deputies declined to comment.', 'Chamber of Deputies'],
    ['Members of the Partido Verde Ecologista walked out.', 'Partido Verde Ecologista'],
  ];
  it.each(cases)('%s -> %s', (text, name) => {
    expect(find(text, name)?.type).toBe('Organization');
  });

  it('keeps a place inside an organization name as part of it', () => {
    expect(summary('Graduates of the University of Lagos marched.')).toEqual(['University of Lagos/Organization']);
  });

  it('reads the name after a descriptor as an organization', () => {
    const s = summary('The state oil company Petrobrava and the opposition party Nuevo Rumbo signed the deal.');
    expect(s).toContain('Petrobrava/Organization');
    expect(s).toContain('Nuevo Rumbo/Organization');
  });

  it('reads "X party" as the party X, with the phrase as an alias', () => {
    const e = find('Leaders of the right-wing Zorba party met in Athens.', 'Zorba');
    expect(e?.type).toBe('Organization');
    expect(e?.aliases).toContain('Zorba party');
  });

  it('names a party by its members: "Free Democrats"', () => {
    expect(find('The Free Democrats left the coalition.', 'Free Democrats')?.type).toBe('Organization');
  });

  it('joins "Social Democrats" to "Social Democratic Party"', () => {
    const es = entitiesOf('The Social Democratic Party won. Social Democrats celebrated in Oslo.');
    const sdp = es.find((e) => e.name === 'Social Democratic Party');
    expect(sdp?.aliases).toContain('Social Democrats');
    expect(es.filter((e) => e.type === 'Organization')).toHaveLength(1);
  });

  it('finds descriptive organizations and joins the bare form', () => {
    const es = entitiesOf('The Kenyan government raised taxes. Critics said the government had lied. Kenyan police arrested ten people.');
    const gov = es.find((e) => e.name === 'Kenyan government');
    expect(gov?.aliases).toContain('government');
    expect(es.find((e) => e.name === 'Kenyan police')?.type).toBe('Organization');
    expect(es.find((e) => e.name === 'Kenya')).toBeUndefined();
  });

  it('finds coalitions by count or camp', () => {
    const s = summary('A seven-party alliance called a strike.');
    expect(s).toContain('seven-party alliance/Organization');
  });

  it('joins a short company name to its full name', () => {
    const es = entitiesOf('Fabrikam Robotics Corp. bought a plant. Fabrikam said the deal closed.');
    expect(es.map((e) => e.name)).toEqual(['Fabrikam Robotics Corp.']);
    expect(es[0]!.aliases).toContain('Fabrikam');
  });

  it('does not take a sentence-initial common word for a name', () => {
    expect(summary('Union officials said the talks failed.')).toEqual([]);
  });
});

describe('a name before what a body issues or employs is an organization', () => {
  const cases: Array<[string, string[]]> = [
    ['A Harvik Tral statement said the talks had failed.', ['Harvik Tral/Organization']],
    ['Dozens of Velmora Dravo workers marched to the ministry.', ['Velmora Dravo/Organization']],
    // a name the parse knows as a person's is left alone
    ['A Michael Jordan statement was read out.', ['Michael Jordan/Person']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('a city and "City" that is not itself a known city is the city\'s club', () => {
  const cases: Array<[string, string[]]> = [
    ['He joined Leicester City in 1998.', ['Leicester City/Organization']],
    ['She grew up in Kansas City and studied law.', ['Kansas City/Place']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('organization words of other languages type a name wherever they stand', () => {
  const cases: Array<[string, string[]]> = [
    ['He signed for Clube Atlético Serrano in 2009.', ['Clube Atlético Serrano/Organization']],
    ['The book appeared with Ediciones Mirador in 1961.', ['Ediciones Mirador/Organization']],
    ['She chaired the Fundação Lima Prado for a decade.', ['Fundação Lima Prado/Organization']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('in encyclopedic text a lowercase description of a body is no entity', () => {
  const orgs = (text: string) => entitiesOf(text).filter((e) => e.type === 'Organization').map((e) => e.name);
  it.each([
    // encyclopedic: a first sentence that says what something is
    ['Varnholt is a town in Lower Saxony. The federal government built a dam there in 1950.', []],
    // news keeps the story's government
    ['HANOVER 1996-05-02 The government said on Monday it would build a dam. The government denied any delay.', ['government']],
  ] as Array<[string, string[]]>)('%s', (text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });
});

describe('"House of X" names a body: a legislature or a dynasty', () => {
  it.each([
    ['She sat in the Vermont House of Representatives for ten years.', 'Vermont House of Representatives'],
    ['He was elected to the Ohio House of Delegates in 1990.', 'Ohio House of Delegates'],
    ['The duchy passed to the House of Varnsdorf after the war.', 'House of Varnsdorf'],
  ])('%s -> %s', (text, name) => {
    expect(find(text, name)?.type).toBe('Organization');
  });

  it('"Opera House" without "of" stays no organization', () => {
    expect(find('The concert took place at the Brellin Opera House last night.', 'Brellin Opera House')?.type).not.toBe('Organization');
  });
});

describe('a country\'s national or sports team is an organization', () => {
  it.each([
    ['He scored twice for the Peru national team in the cup.', 'Peru national team'],
    ['She was picked for the Canada national hockey team.', 'Canada national hockey team'],
    ['He played for the Fiji rugby team until 2001.', 'Fiji rugby team'],
  ])('%s -> %s', (text, name) => {
    expect(find(text, name)?.type).toBe('Organization');
  });

  it.each([
    ['The German team arrived late in the evening.'],
    ['Lorrin Vask hired a new defence team for the appeal.'],
  ])('%s -> no team entity', (text) => {
    expect(entitiesOf(text).filter((e) => /team/.test(e.name))).toEqual([]);
  });
});

describe('newspapers: a quoted name before its kind, "Daily" as a head', () => {
  it.each([
    ['Police burnt copies of the popular "Morvalla" newspaper on Monday.', 'Morvalla'],
    ['An editorial in the Harbin Daily criticised the plan.', 'Harbin Daily'],
    ['The overseas edition of the Workers\' Daily quoted him.', "Workers' Daily"],
  ])('%s -> %s', (text, name) => {
    expect(find(text, name)?.type).toBe('Organization');
  });

  it('a quoted name is no alias with its quote', () => {
    expect(find('Police burnt copies of the popular "Morvalla" newspaper on Monday.', 'Morvalla')?.aliases.some((a) => a.includes('"'))).toBe(false);
  });
});
