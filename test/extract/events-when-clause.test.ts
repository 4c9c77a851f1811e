import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

/** Sentences written for these tests; publishedAt is a Wednesday. */
const PUBLISHED = '2009-03-18';

function events(text: string) {
  const x = extract({ id: 't', text, publishedAt: PUBLISHED });
  const name = (id?: string) => x.entities.find((e) => e.id === id)?.name;
  return x.events.map((e) => ({ type: e.type, date: e.date, participants: e.participants.map((p) => [name(p.entity), p.role] as [string | undefined, string]) }));
}

describe('"<event noun> [on DATE], when X <verb>": X takes the verb\'s role in the event', () => {
  const rows: Array<[string, string, string, string | undefined, Array<[string, string]>]> = [
    [
      'won → winner, with the date between',
      'Karl Brandt is a farmer. Support dropped below the level of the leadership contest on 4 February, when Karl Brandt won 51 percent.',
      'Election',
      '2009-02-04',
      [['Karl Brandt', 'winner']],
    ],
    [
      'was elected → winner',
      'Maria Lopez leads the Farmers Party. Few people attended the by-election in January, when Maria Lopez was elected.',
      'Election',
      undefined,
      [['Maria Lopez', 'winner']],
    ],
    [
      'lost → loser',
      'Karl Brandt is a farmer. The mood was gloomier than after the referendum in 2004, when Karl Brandt lost.',
      'Election',
      undefined,
      [['Karl Brandt', 'loser']],
    ],
    [
      'a pronoun subject resolves to the person just named',
      'Maria Lopez is a lawyer from Riga. Her rivals recall the second round on 9 February, when she beat three men.',
      'Election',
      '2009-02-09',
      [['Maria Lopez', 'winner']],
    ],
    [
      'organised → agent',
      'The Rebel Youth Front is banned. Residents remember the march on 2 March, when the Rebel Youth Front organised it.',
      'Protest',
      '2009-03-02',
      [['Rebel Youth Front', 'agent']],
    ],
    [
      'was arrested → target',
      'Police remember the crackdown on 2 March, when Omar Haddad was arrested.',
      'Arrest',
      undefined,
      [['Omar Haddad', 'target']],
    ],
  ];
  it.each(rows)('%s', (_, text, type, date, want) => {
    const got = events(text);
    const ev = got.find((e) => e.type === type && want.every((p) => e.participants.some((q) => q[0] === p[0])));
    expect(ev, JSON.stringify(got)).toBeDefined();
    if (date) expect(ev!.date).toBe(date);
    for (const p of want) expect(ev!.participants).toContainEqual(p);
  });

  const negatives: Array<[string, string, string, string]> = [
    ['a verb outside the frame attaches nobody', 'Karl Brandt is a farmer. Turnout was higher in the primary on 4 February, when Karl Brandt said little.', 'Election', 'Karl Brandt'],
    ['a forecast decides nothing', 'Karl Brandt is a farmer. All eyes are on the run-off on 4 April, when Karl Brandt will win easily.', 'Election', 'Karl Brandt'],
    ['a when-clause after other words is not the event\'s', 'Karl Brandt is a farmer. The primary was quiet and dull, and nobody cared when Karl Brandt won a prize.', 'Election', 'Karl Brandt'],
  ];
  it.each(negatives)('%s', (_, text, type, who) => {
    const got = events(text).filter((e) => e.type === type);
    for (const e of got) expect(e.participants.map((p) => p[0]), JSON.stringify(got)).not.toContain(who);
  });
});

describe('the base of a percentage is no participant', () => {
  const rows: Array<[string, string, string, string]> = [
    ['"N percent of <group>" before an election noun', 'Turnout reached 61 percent of registered voters, higher than in the local election on 3 March.', 'Election', 'registered voters'],
    ['"N percent of <group>" after an election noun', 'The local election on 3 March drew only 38 percent of registered voters.', 'Election', 'registered voters'],
    ['"turnout among <group>" before a referendum', 'Turnout among young voters was low in the referendum on 3 March.', 'Election', 'young voters'],
    ['a governed quantity after a strike noun', 'Output fell during the strike on 3 March to about 40 percent of dock workers.', 'Strike', 'dock workers'],
  ];
  it.each(rows)('%s', (_, text, type, group) => {
    const got = events(text).filter((e) => e.type === type);
    for (const e of got) expect(e.participants.map((p) => p[0]), JSON.stringify(got)).not.toContain(group);
  });

  it('a quantity that is the subject still takes part: "about 40 percent of X joined the protest"', () => {
    const got = events('About 40 percent of the Dock Workers Union joined the protest on Monday.').filter((e) => e.type === 'Protest');
    expect(got.flatMap((e) => e.participants.map((p) => p[0])), JSON.stringify(got)).toContain('Dock Workers Union');
  });
});
