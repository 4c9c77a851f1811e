import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

interface Expected {
  type: string;
  date?: string;
  place?: string;
  participants: Array<[string, string]>;
}

/** Sentences written for these tests: event type, date resolved against publishedAt, participants with roles. */
const cases: Array<[string, string, Expected]> = [
  ['Angela Merkel won the election on Sunday, defeating Gerhard Schroeder.', '2005-09-20', { type: 'Election', date: '2005-09-18', participants: [['Angela Merkel', 'winner']] }],
  ['Prime Minister Junichiro Koizumi resigned on Tuesday.', '2006-09-27', { type: 'Resignation', date: '2006-09-26', participants: [['Junichiro Koizumi', 'agent']] }],
  [
    'Labour Party leader Tony Blair met French President Jacques Chirac in London on Wednesday.',
    '2003-02-07',
    { type: 'Meeting', date: '2003-02-05', place: 'London', participants: [['Tony Blair', 'participant'], ['Jacques Chirac', 'participant']] },
  ],
  ['Jose Maria Aznar, leader of the Popular Party, said the plan was dead.', '2003', { type: 'Statement', participants: [['Jose Maria Aznar', 'agent']] }],
];

describe('findEvents', () => {
  it.each(cases)('%s', (text, publishedAt, want) => {
    const x = extract({ id: 't', text, publishedAt });
    const name = (id?: string) => x.entities.find((e) => e.id === id)?.name;
    const ev = x.events.find((e) => e.type === want.type);
    expect(ev, `no ${want.type} in ${JSON.stringify(x.events)}`).toBeDefined();
    if (want.date) expect(ev!.date).toBe(want.date);
    if (want.place) expect(name(ev!.place)).toBe(want.place);
    const got = ev!.participants.map((p) => [name(p.entity), p.role]);
    for (const p of want.participants) expect(got).toContainEqual(p);
  });

  it('makes one event of a strike mentioned twice', () => {
    const text = 'Dock workers in Rotterdam went on strike on 3 May. The strike by the dock workers closed the port.';
    const x = extract({ id: 't', text, publishedAt: '2004-05-10' });
    expect(x.events.filter((e) => e.type === 'Strike').length).toBeLessThanOrEqual(1);
  });

  it('needs a speaker for a statement', () => {
    const x = extract({ id: 't', text: 'It was said that the talks had failed.', publishedAt: '2004' });
    expect(x.events.filter((e) => e.type === 'Statement')).toEqual([]);
  });

  it('does not take an adjective for a trigger', () => {
    const x = extract({ id: 't', text: 'The ruling coalition in Japan met on Monday.', publishedAt: '2004-05-10' });
    expect(x.events.filter((e) => e.type === 'LegalAction')).toEqual([]);
  });
});
