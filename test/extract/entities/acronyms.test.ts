import { describe, expect, it } from 'vitest';
import { entitiesOf } from './_helpers.js';

const orgs = (text: string) => entitiesOf(text).filter((e) => e.type === 'Organization').map((e) => ({ name: e.name, aliases: [...e.aliases].sort() }));

describe('acronyms and their expansions', () => {
  it('Long Name (ABC)', () => {
    expect(orgs('The National Teachers Council (NTC) called a strike. The NTC said pay was low.')).toEqual([
      { name: 'National Teachers Council', aliases: ['NTC'] },
    ]);
  });

  it('ABC (Long Name)', () => {
    expect(orgs('Members of the FMW (Federation of Metal Workers) walked out.')).toEqual([
      { name: 'Federation of Metal Workers', aliases: ['FMW'] },
    ]);
  });

  it('a lowercase long form before a short name in parentheses', () => {
    expect(orgs('The head of the national association of bus drivers (Nabud) resigned.')).toEqual([
      { name: 'national association of bus drivers', aliases: ['Nabud'] },
    ]);
  });

  it('an undefined acronym joins the organization whose initials it is', () => {
    expect(orgs('The Workers Party won. Later the WP lost two seats.')).toEqual([{ name: 'Workers Party', aliases: ['WP'] }]);
  });

  it('a translated acronym keeps the letters of the name in another order', () => {
    const o = orgs('The Party of Democratic Renewal said it would fight. A PRDS spokesman disagreed.');
    expect(o).toEqual([{ name: 'Party of Democratic Renewal', aliases: ['PRDS'] }]);
  });

  it('drops a lone unexplained all-caps token but keeps a repeated one', () => {
    expect(orgs('XQZT Markets rally as rates fall.')).toEqual([]);
    expect(orgs('ZANTEL said profits rose. ZANTEL shares fell.').map((o) => o.name)).toEqual(['ZANTEL']);
  });

  it('never takes a stop-listed acronym for an organization', () => {
    expect(orgs('The CEO spoke on TV about GDP growth.')).toEqual([]);
  });

  it('takes "U.S." for a place, not an organization', () => {
    const es = entitiesOf('The U.S. Federal Trade Commission fined the firm. Officials in the U.S. agreed.');
    expect(es.map((e) => `${e.name}/${e.type}`)).toEqual(['U.S. Federal Trade Commission/Organization', 'United States/Place']);
  });
});

describe('an acronym in parentheses spells out name spans joined by small words', () => {
  const cases: Array<[string, string, string[]]> = [
    ['A convoy was ambushed by the Fighters of the Free Highlands (FFH).', 'Fighters of the Free Highlands', ['FFH']],
    ['Rebels of the Lions of Karsa Valley (LKV) stormed the post.', 'Lions of Karsa Valley', ['LKV']],
    ['The Front for Unity and Renewal (FUR) won six seats.', 'Front for Unity and Renewal', ['FUR']],
  ];
  it.each(cases)('%s', (text, name, aliases) => {
    expect(orgs(text)).toContainEqual({ name, aliases });
  });

  it('keeps two names apart when the acronym spells only the last', () => {
    expect(entitiesOf('Ana Varga of the Green Union (GU) spoke.').map((e) => `${e.name}/${e.type}`)).toEqual(['Ana Varga/Person', 'Green Union/Organization']);
  });
});

describe('an acronym said once', () => {
  const cases: Array<[string, string[]]> = [
    // on its own: a body's short name
    ['In May the record went gold, as counted by the KRTA.', ['KRTA/Organization']],
    ['The series later moved to VKN and ran for years.', ['VKN/Organization']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(entitiesOf(text).map((e) => `${e.name}/${e.type}`)).toEqual(expected);
  });

  it('split out of a longer name it is left out unless said again', () => {
    expect(entitiesOf('The new QTRV Bulgaria player sold well.').filter((e) => e.type === 'Organization')).toEqual([]);
  });
});
