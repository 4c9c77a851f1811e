import { describe, expect, it } from 'vitest';
import { nlp } from '../../../src/extract/nlp.js';
import { documentContext } from '../../../src/extract/context.js';
import { tokenize } from '../../../src/extract/entities/tokens.js';
import { findNameSpans } from '../../../src/extract/entities/spans.js';
import { RULES_ONLY, entitiesOf, summary } from './_helpers.js';

/** The capitalized name spans of a text, as written. */
function spansOf(text: string): string[] {
  const tokens = tokenize(documentContext({ id: 't', text }, nlp(text)));
  return findNameSpans(tokens).map((s) => text.slice(s.start, s.end));
}

describe('hyphenated names keep their small inner words', () => {
  const cases: Array<[string, string[]]> = [
    ['The regatta is held at Marlow-on-Severn every June.', ['Marlow-on-Severn']],
    ['She studied under Dufresne-le-Grand in her youth.', ['Dufresne-le-Grand']],
    ['The shop stood on the Rue Haute-des-Tanneurs.', ['Rue Haute-des-Tanneurs']],
    // a lowercase participle still ends the name
    ['A Lisbon-based firm and a Quito-born poet met.', ['Lisbon', 'Quito']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(spansOf(text)).toEqual(expected);
  });
});

describe('"of" after a landmark head stays inside the name', () => {
  const cases: Array<[string, string[]]> = [
    ['He was inducted into the Brixley Hall of Fame in 2004.', ['Brixley Hall of Fame']],
    ['The Chapel of Saint Ortolan was rebuilt.', ['Chapel of Saint Ortolan']],
    ['Tourists visit the Palace of Vendrell each summer.', ['Palace of Vendrell']],
    // a family name that is also a head: a person, then a body
    ['Marcus Hall of the Tindell Institute spoke.', ['Marcus Hall', 'Tindell Institute']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(spansOf(text)).toEqual(expected);
  });
});

describe('"on" after a committee-like head names its subject', () => {
  const cases: Array<[string, string[]]> = [
    ['The Committee on Rural Broadband met in March.', ['Committee on Rural Broadband']],
    ['She chaired the Council on Coastal Fisheries.', ['Council on Coastal Fisheries']],
    // a day after "on" is the sentence's date
    ['The Commission on Monday rejected the plan.', ['Commission']],
    // not after an ordinary name
    ['Ana Lima on Radio Vox spoke.', ['Ana Lima', 'Radio Vox']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(spansOf(text)).toEqual(expected);
  });
});

describe('new organization heads take "of"', () => {
  const cases: Array<[string, string[]]> = [
    ['She taught at the Faculty of Forestry for ten years.', ['Faculty of Forestry/Organization']],
    ['The papers are held by the Regional Archives of Tarvonia.', ['Regional Archives of Tarvonia/Organization']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('a known place with other capitalized words is one name', () => {
  const cases: Array<[string, string[]]> = [
    // the place and an administrative designator
    ['The harvest in Kano State came early.', ['Kano State/Place']],
    ['He was posted to Radom Governorate in 1890.', ['Radom Governorate/Place']],
    // a demonym before a country or region: a period or part of it
    ['Her family left Soviet Armenia in 1921.', ['Soviet Armenia/Place']],
    // a body's short name before a country: its national branch
    ['He later ran Zorblatt France and its sister firm.', ['Zorblatt France/Organization']],
    ['She joined TVX Asia as a presenter.', ['TVX Asia/Organization']],
    // a name before a lowercase noun is a modifier (a product, a model), not the body
    ['The new TVX Asia player sold well.', ['Asia/Place']],
    // landmarks named after a place
    ['The accord was signed at Falmouth House in 1962.', ['Falmouth House/Place']],
    ['The cafe faces Dorset Place near the river.', ['Dorset Place/Place']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
  it('a US state before "State" is not the state (a university or a team)', () => {
    expect(summary('She enrolled at Iowa State in 2001.')).not.toContain('Iowa State/Place');
  });
});

describe('a landmark noun after a name nothing typed is part of the name', () => {
  const cases: Array<[string, string[]]> = [
    ['Traffic crossed the Varnell bridge at dawn.', ['Varnell bridge/Place']],
    ['The Ossory chapel was painted in 1620.', ['Ossory chapel/Place']],
    ['The village lies on the Tarvel river.', ['Tarvel river/Place']],
    // a known place before the noun: a landmark in that place, not its name
    ['A Lisbon museum bought the painting.', ['Lisbon/Place']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
  it('not when the noun continues the phrase ("river basin")', () => {
    expect(summary('The Tarvel river basin flooded.')).not.toContain('Tarvel river/Place');
  });
});

describe('a lowercase kind noun after a body names it too', () => {
  it.each([
    ['She wrote for Quillon magazine until 1990.', 'Quillon magazine'],
    ['He won a medal with the Ned Brannigan club.', 'Ned Brannigan club'],
  ])('%s', (text, alias) => {
    const e = entitiesOf(text).find((x) => x.type === 'Organization');
    expect(e && [e.name, ...e.aliases]).toContain(alias);
  });
});

describe('a noble or religious style before a name is no part of the name, but one of its forms', () => {
  it.each([
    ['He was a friend of Count Pavel Ostrogin for years.', 'Pavel Ostrogin', 'Count Pavel Ostrogin'],
    ['Troops led by Generaloberst Anton Weidel held the ridge.', 'Anton Weidel', undefined],
    ['The letter reached Duchess Maren Holloway in May.', 'Maren Holloway', 'Duchess Maren Holloway'],
  ])('%s', (text, name, alias) => {
    const e = entitiesOf(text).find((x) => x.type === 'Person');
    expect(e?.name).toBe(name);
    if (alias) expect(e?.aliases).toContain(alias);
  });
});

describe('a body short name before a city is its branch there', () => {
  const cases: Array<[string, string[]]> = [
    ['The game was developed by Zorblatt Montreal for consoles.', ['Zorblatt Montreal/Organization']],
    // a verb before the city is the sentence's, not a name's
    ['Units Defending Lisbon were praised.', ['Lisbon/Place']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('a closing bracket the parse keeps on a number ends the name there', () => {
  it('numbered roads in parentheses keep their number', () => {
    expect(summary('The mall sits near Harbor Way (Ohio Route 417) in town.')).toContain('Ohio Route 417/Place');
  });
});

describe('heads and short names at the edges of a name', () => {
  const cases: Array<[string, string[]]> = [
    // a possessive landmark head is still the head
    ['Farms line the Ossen River\'s two banks.', ['Ossen River/Place']],
    ['Hikers walked the Ossen Gorge last spring.', ['Ossen Gorge/Place']],
    // an acronym opening a parenthesis still names a body
    ['Two makers (QRX Brazil and a rival) bid.', ['QRX Brazil/Organization']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('a known place inside a longer run of capitalized words is part of one name', () => {
  it.each([
    ['He was traded to the Denver Quarry Hawks in 2011.', 'Denver'],
    ['Her prints hang in the Lisbon Public Art Gallery today.', 'Lisbon'],
  ])('%s -> no %s of its own', (text, place) => {
    const names = entitiesOf(text, RULES_ONLY).map((e) => e.name);
    expect(names).not.toContain(place);
  });
});

describe('a romanized given name keeps its lowercase syllable', () => {
  it.each([
    ['The drama starred Kim Soo-young and the singer Park Jae-ping.', 'Soo-young', 'Jae-ping'],
    ['The film was directed by Wong Kai-ming and produced by Chan Tai-sun.', 'Kai-ming', 'Tai-sun'],
  ])('%s', (text, a, b) => {
    const names = entitiesOf(text, RULES_ONLY).map((e) => e.name).join(' | ');
    expect(names).toContain(a);
    expect(names).toContain(b);
  });

  it.each([
    ['A Kestrel-led board met the UK-born envoy.', 'Kestrel-led'],
  ])('%s: a suffix word still ends the name', (text, compound) => {
    expect(entitiesOf(text, RULES_ONLY).map((e) => e.name).join(' | ')).not.toContain(compound);
  });
});
