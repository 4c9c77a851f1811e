import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

interface Want {
  type: string;
  date?: string;
  participants: Array<[string, string]>;
}

/** Sentences written for these tests, one row per event pattern: the event and its participants with roles. */
const positive: Array<[string, string, Want]> = [
  ['possessive pronoun before a noun trigger', 'Maria Lopez announced her resignation on Friday.', { type: 'Resignation', date: '2004-05-07', participants: [['Maria Lopez', 'agent']] }],
  ['possessor inside a prepositional phrase', "Maria Lopez spoke on Monday. The timing of Lopez's resignation was unclear.", { type: 'Resignation', participants: [['Maria Lopez', 'agent']] }],
  ['modifier inside a prepositional phrase', 'Thousands took part in the Transport Workers Union strike.', { type: 'Strike', participants: [['Transport Workers Union', 'participant']] }],
  ['a body speaking through a plural head', 'African Union trade ministers will meet in Accra on Friday.', { type: 'Meeting', date: '2004-05-14', participants: [['African Union', 'participant']] }],
  ['headline participle as a passive', 'Four union leaders arrested in Nairobi.', { type: 'Arrest', participants: [['union leaders', 'target']] }],
  ['a verb whose object is the gerund trigger', 'Luc Dubois denied attacking Jean Petit.', { type: 'Attack', participants: [['Luc Dubois', 'agent'], ['Jean Petit', 'target']] }],
  ['coordinated passive verbs share the subject', 'Georg Weber was detained and will be prosecuted for fraud.', { type: 'LegalAction', participants: [['Georg Weber', 'target']] }],
  ['"found dead"', 'Anton Kraus was found dead on Sunday.', { type: 'Death', date: '2004-05-09', participants: [['Anton Kraus', 'target']] }],
  ['a quantity of the subject', 'Eighty percent of the dock workers joined the walkout.', { type: 'Strike', participants: [['dock workers', 'participant']] }],
  ['"become" before a title', 'Laura Chen will become the chief executive of Orbis Corp. next year.', { type: 'Appointment', participants: [['Laura Chen', 'target']] }],
  ['"leave" with an organisation object', 'Rui Costa will leave the Farmers Party next month.', { type: 'Resignation', date: '2004-06', participants: [['Rui Costa', 'agent']] }],
  ['"he" stands for the person just named', 'Jan Berg spoke on Monday. He resigned on Tuesday.', { type: 'Resignation', participants: [['Jan Berg', 'agent']] }],
  ['"it" stands for the company just named', 'Delta Holdings Inc. said it will acquire Orbis Corp. for 40 million dollars.', { type: 'Acquisition', participants: [['Delta Holdings Inc.', 'agent'], ['Orbis Corp.', 'target']] }],
  ['summoned to a meeting', 'Jan Berg summoned opposition leaders to an urgent meeting in Riga.', { type: 'Meeting', participants: [['Jan Berg', 'participant'], ['opposition leaders', 'participant']] }],
  ['the organiser of a rally is its agent', 'Students held a rally organised by the National Student Union in Lima on Friday.', { type: 'Protest', participants: [['National Student Union', 'agent']] }],
  ['the one elected wins', 'Jan Berg was elected president on Sunday.', { type: 'Election', date: '2004-05-09', participants: [['Jan Berg', 'winner']] }],
  ['a control verb with an adjunct before "to"', "Latvia's parliament failed for the third time to elect a speaker on Monday.", { type: 'Election', participants: [["Latvia's parliament", 'participant']] }],
  ['a threat to strike', 'The Dockers Union threatened to strike on Monday.', { type: 'Strike', participants: [['Dockers Union', 'participant']] }],
];

function events(text: string) {
  const x = extract({ id: 't', text, publishedAt: '2004-05-10' });
  const name = (id?: string) => x.entities.find((e) => e.id === id)?.name;
  return x.events.map((e) => ({ type: e.type, date: e.date, participants: e.participants.map((p) => [name(p.entity), p.role]) }));
}

describe('event patterns', () => {
  it.each(positive)('%s', (_, text, want) => {
    const got = events(text);
    const ev = got.find((e) => e.type === want.type);
    expect(ev, JSON.stringify(got)).toBeDefined();
    if (want.date) expect(ev!.date).toBe(want.date);
    for (const p of want.participants) expect(ev!.participants).toContainEqual(p);
  });

  it('merges a headline event into its first telling in the body', () => {
    const text = 'Police arrest union leader.\nLONDON 2004-05-10\nBritish police arrested Tom Hale, leader of the Dockers Union, on Sunday.';
    const arrests = events(text).filter((e) => e.type === 'Arrest');
    expect(arrests).toHaveLength(1);
    expect(arrests[0]!.participants).toContainEqual(['Tom Hale', 'target']);
  });

  it('reads an apposition as no list of participants', () => {
    const text = 'Supporters gathered at the closing rally for Ana Ruiz, the Farmers Party candidate, on Sunday.';
    const rally = events(text).find((e) => e.type === 'Campaign');
    expect(rally?.participants).toContainEqual(['Ana Ruiz', 'agent']);
    expect(rally?.participants.map(([n]) => n)).not.toContain('Farmers Party');
  });

  it('keeps two sales by different buyers apart', () => {
    const text = 'On Monday, Apex Partners LP said it would buy Delta Holdings Inc. In 1994, Quarry Capital Inc. sold Delta Holdings Inc. to Orion Partners LP.';
    expect(events(text).filter((e) => e.type === 'Acquisition')).toHaveLength(2);
  });

  it.each([
    ['a reported clause after "said" names no speaker', 'Residents said students marched through the city.', 'Statement'],
    ['"dismissed" with no person dismissed', 'Orbis Corp. dismissed the union claim as reckless.', 'Resignation'],
    ['sales as revenue', 'Quarterly sales rose 5 percent at Orbis Corp.', 'Acquisition'],
    ['backers of a person are not that person', 'Ralph Nader backers criticised the Green Party.', 'Statement'],
    ['"agreed to" a further act is no agreement', 'Apex Partners LP agreed to buy Orbis Corp. on Monday.', 'Agreement'],
  ])('not: %s', (_, text, type) => {
    expect(events(text).filter((e) => e.type === type)).toEqual([]);
  });
});
