import { describe, expect, it } from 'vitest';
import { shortFormOf } from '../../../src/extract/entities/identity.js';
import { entitiesOf, summary } from './_helpers.js';

const persons = (text: string) => entitiesOf(text).filter((e) => e.type === 'Person').map((e) => [e.name, ...e.aliases].join('|'));

describe('shorter forms of a person name', () => {
  const cases: Array<[string, string, ReturnType<typeof shortFormOf>]> = [
    ['tomas ruiz', 'ana tomas ruiz', 'inner'],
    ['ana ruiz', 'ana maria ruiz', 'skip'],
    ['ana m. ruiz', 'ana maria ruiz', 'skip'],
    ['ana ruiz', 'ana maria ruiz ortega', undefined],
    ['ana maria', 'ana maria ruiz', 'prefix'],
    ['maria ruiz', 'ana maria ruiz ortega', undefined],
    ['ana ruiz', 'ana ruiz', undefined],
  ];
  it.each(cases)('%s of %s: %s', (short, long, expected) => {
    expect(shortFormOf(short, long)).toBe(expected);
  });
});

describe('one person per real person in a document', () => {
  const cases: Array<[string, string[]]> = [
    ['Tereza Ilona Markova Dvorak opened the show. Tereza Dvorak thanked the guests.', ['Tereza Ilona Markova Dvorak|Tereza Dvorak']],
    ['Lucas Ferreira Prado coached the team. Lucas F. Prado said little. Prado left in May.', ['Lucas Ferreira Prado|Lucas F. Prado|Prado']],
    ['Rosa Quintero Bravo won the vote. Rosa Quintero thanked voters.', ['Rosa Quintero Bravo|Rosa Quintero']],
    ['Kofi Mensah Boateng is the son of the war hero Kofi Mensah. Kofi Mensah died in 1950.', ['Kofi Mensah Boateng', 'Kofi Mensah']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe('titles before a name stay out of it', () => {
  const cases: Array<[string, string]> = [
    ['Chancellor of the Exchequer Kenneth Harwood said taxes would fall.', 'Kenneth Harwood'],
    ['Secretary of State Madeleine Okafor arrived on Monday.', 'Madeleine Okafor'],
    ['Minister of Defence Jonas Petrauskas met the envoy.', 'Jonas Petrauskas'],
  ];
  it.each(cases)('%s', (text, name) => {
    expect(persons(text)).toEqual([name]);
  });
});

describe('countries go by their common English name', () => {
  const cases: Array<[string, string, string[]]> = [
    ['Talks between the Russian Federation and Japan resumed. Russia wants a deal.', 'Russia', ['Russian Federation']],
    ['Exports from the UK fell. Britain blamed the weather.', 'United Kingdom', ['UK', 'Britain']],
    ['Troops from the U.S. arrived on Monday.', 'United States', ['U.S.']],
  ];
  it.each(cases)('%s', (text, name, aliases) => {
    const place = entitiesOf(text).find((e) => e.name === name);
    expect(place?.type).toBe('Place');
    expect(place?.aliases).toEqual(aliases);
  });
});

describe('acronyms join their expansion', () => {
  const cases: Array<[string, string, string[]]> = [
    ['The Tamil Unity Front won seats. A T.U.F. spokesman said the TUF would join the government.', 'Tamil Unity Front', ['T.U.F.', 'TUF']],
    ['The Coastal Farmers Party said it would talk. The CFP controls the port.', 'Coastal Farmers Party', ['CFP']],
  ];
  it.each(cases)('%s', (text, name, aliases) => {
    expect(entitiesOf(text).find((e) => e.name === name)?.aliases).toEqual(aliases);
  });
});

describe('headline casing', () => {
  const cases: Array<[string, string[]]> = [
    ['FARMERS UNION CALLS STRIKE IN KISUMU\nNAIROBI 1997-03-02\nThe Kenya Farmers Union called a strike in Kisumu on Monday.', ['Kisumu/Place', 'Nairobi/Place', 'Kenya Farmers Union/Organization']],
    ['Rebels Seize Border Post Near Goma\nRebels seized a border post near Goma on Sunday.', ['Rebels/Group', 'Goma/Place']],
    ['Mayor Wins Race In Quiet Town As Voters Stay Home\nFew people voted on Sunday, officials said.', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('royal and religious styles stay as an alias', () => {
  it('keeps "Pope Sixtus V" as a form of "Sixtus V"', () => {
    const p = entitiesOf('The chapel was built by Pope Sixtus V in 1585.').find((e) => e.type === 'Person');
    expect(p?.name).toBe('Sixtus V');
    expect(p?.aliases).toContain('Pope Sixtus V');
  });
  it('does not keep an office as an alias', () => {
    const p = entitiesOf('Prime Minister Amara Diallo spoke on Monday.').find((e) => e.type === 'Person');
    expect(p?.aliases).toEqual([]);
  });
});
