import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

/** Sentences written for these tests; publishedAt is a Wednesday. */
const PUBLISHED = '2009-03-18';

function events(text: string, publishedAt = PUBLISHED) {
  const x = extract({ id: 't', text, publishedAt });
  const name = (id?: string) => x.entities.find((e) => e.id === id)?.name;
  return x.events.map((e) => ({ type: e.type, date: e.date, confidence: e.confidence, participants: e.participants.map((p) => [name(p.entity), p.role] as [string | undefined, string]) }));
}

describe('trigger forms and their frames', () => {
  const rows: Array<[string, string, string, Array<[string, string]>]> = [
    ['passive with an adverb: the subject is the target', 'Karl Brandt was later convicted of fraud.', 'LegalAction', [['Karl Brandt', 'target']]],
    ['"sentenced to": the subject is the target', 'Karl Brandt was sentenced to six years in prison.', 'LegalAction', [['Karl Brandt', 'target']]],
    ['a legal noun\'s subject undergoes it', 'Karl Brandt denied the charges.', 'LegalAction', [['Karl Brandt', 'target']]],
    ['"in custody": the subject is held', 'Karl Brandt was in custody on Tuesday.', 'Arrest', [['Karl Brandt', 'target']]],
    ['expelled from a body', 'Karl Brandt was expelled from the Farmers Party.', 'Resignation', [['Karl Brandt', 'target']]],
    ['quitting a party', 'Karl Brandt quit the Farmers Party on Monday.', 'Resignation', [['Karl Brandt', 'agent']]],
    ['"signed into law" is legislation', 'President Maria Lopez signed the pension bill into law.', 'Legislation', [['Maria Lopez', 'agent']]],
    ['attacking the offices of a party hits the party', 'Rebel Youth Front members attacked the offices of the Farmers Party.', 'Attack', [['Farmers Party', 'target']]],
    ['a verb after a comma shares the subject', 'The Rebel Youth Front blocked roads, attacked the Farmers Party and burned tyres.', 'Attack', [['Rebel Youth Front', 'agent'], ['Farmers Party', 'target']]],
    ['a killing reports a death', 'Karl Brandt was gunned down on Tuesday.', 'Death', [['Karl Brandt', 'target']]],
    ['a strike against a company: the company is the target', 'Dock workers went on strike against Orbis Corp. on Monday.', 'Strike', [['Orbis Corp.', 'target']]],
    ['a named person expelled by a country', "Rahimi's assistant, Omar Haddad, was expelled earlier this year.", 'Resignation', [['Omar Haddad', 'target']]],
  ];
  it.each(rows)('%s', (_, text, type, want) => {
    const got = events(text);
    const ev = got.find((e) => e.type === type);
    expect(ev, JSON.stringify(got)).toBeDefined();
    for (const p of want) expect(ev!.participants).toContainEqual(p);
  });

  const negatives: Array<[string, string, string]> = [
    ['"the ruling party" is no legal action', 'The ruling Farmers Party met on Monday.', 'LegalAction'],
    ['"the elected government" is no election', 'Maria Lopez praised the elected government of Latvia.', 'Election'],
    ['"signed into law" is no agreement', 'President Maria Lopez signed the pension bill into law.', 'Agreement'],
    ['an attempted killing reports no death', 'Karl Brandt was accused of attempting to murder Maria Lopez.', 'Death'],
    ['hostages released launch nothing', 'Karl Brandt and Maria Lopez were released on Monday.', 'Launch'],
    ['"hailed the conviction": the speaker neither brings nor suffers it', 'The Farmers Party hailed the conviction.', 'LegalAction'],
  ];
  it.each(negatives)('not: %s', (_, text, type) => {
    const got = events(text).filter((e) => e.type === type);
    expect(got.filter((e) => e.participants.length > 0)).toEqual([]);
  });
});

describe('event dates from tense', () => {
  const rows: Array<[string, string, string, string | undefined]> = [
    ["a Wednesday story's Tuesday is the day before", 'Karl Brandt resigned on Tuesday.', 'Resignation', '2009-03-17'],
    ['a future weekday points forward', 'Karl Brandt will resign on Friday.', 'Resignation', '2009-03-20'],
    ['a month after publication in a past clause is last year', 'Karl Brandt resigned in December.', 'Resignation', '2008-12'],
    ['a future clause keeps a later month in the year', 'Maria Lopez will take office on 11 April.', 'Appointment', '2009-04-11'],
    ['a future clause moves an earlier month to next year', 'Maria Lopez will take office in February.', 'Appointment', '2010-02'],
    ['an explicit year wins', 'Karl Brandt resigned in May 2004.', 'Resignation', '2004-05'],
    ['days counted back from publication', 'Karl Brandt resigned two days ago.', 'Resignation', '2009-03-16'],
    ['a relative clause dates its own verb', 'Maria Lopez was shot on Monday by Karl Brandt, who was himself jailed last year.', 'Attack', '2009-03-16'],
    ['a date in reported words does not date the saying', 'Maria Lopez said a strike last year had failed.', 'Statement', undefined],
  ];
  it.each(rows)('%s', (_, text, type, date) => {
    const got = events(text);
    const ev = got.find((e) => e.type === type);
    expect(ev, JSON.stringify(got)).toBeDefined();
    expect(ev!.date).toBe(date);
  });

  it('keeps elections on different dates apart', () => {
    const text = 'Maria Lopez won the election of 12 May 2001. Karl Brandt won the election of 9 June 2005.';
    const elections = events(text).filter((e) => e.type === 'Election');
    expect(elections.map((e) => e.date).sort()).toEqual(['2001-05-12', '2005-06-09']);
  });

  it('keeps a dated election with no named actor', () => {
    const text = 'Federal elections are due on 3 November.';
    expect(events(text).filter((e) => e.type === 'Election').map((e) => e.date)).toEqual(['2009-11-03']);
  });
});

describe('confidence', () => {
  it('is given for every event, between 0 and 1', () => {
    const got = events('Karl Brandt resigned on Tuesday. Maria Lopez said the Farmers Party may strike.');
    expect(got.length).toBeGreaterThan(0);
    for (const e of got) expect(e.confidence).toBeGreaterThan(0);
    for (const e of got) expect(e.confidence).toBeLessThanOrEqual(1);
  });

  it('ranks a completed verb frame above a hypothetical one', () => {
    const sure = events('Karl Brandt resigned on Tuesday.').find((e) => e.type === 'Resignation');
    const unsure = events('Karl Brandt may resign.').find((e) => e.type === 'Resignation');
    expect(sure!.confidence!).toBeGreaterThan(unsure!.confidence!);
  });
});
