import { describe, expect, it } from 'vitest';
import { holds, relations, tripleTables } from './triples.js';
import { sentenceViews } from '../../../src/extract/clauses.js';
import { documentContext } from '../../../src/extract/context.js';
import { nlp } from '../../../src/extract/nlp.js';
import { ledBodies } from '../../../src/extract/relations/led-bodies.js';
import type { ExtractedEntity } from '../../../src/model/extraction.js';
import type { EntityType } from '../../../src/model/ontology.js';

/** Texts written for these tests: titles whose body stands apart from them. */
const tied: Array<[string, string, [string, string, string]]> = [
  ['a body, the office\'s field, the title: "EU farm commissioner X"', 'EU Farm Commissioner Helga Brandt spoke on Monday.', ['Helga Brandt', 'WORKS_FOR', 'EU']],
  ['a leading title read across a field word is membership', 'The Green Union education secretary Ana Duarte resigned.', ['Ana Duarte', 'MEMBER_OF', 'Green Union']],
  // A union has members, but a spokesman's is a job (employmentTitles): it stays WORKS_FOR (relations.ts).
  ['a title with no body: the story\'s main organisation (a spokesman works for it, ONTOLOGY.md)',
    'LISBON 2010-03-01\nThe Harbour Workers Union called a strike on Monday. The Harbour Workers Union said pay had fallen. Talks with the Harbour Workers Union failed. "We will not give in," spokesman Paulo Reis told reporters.',
    ['Paulo Reis', 'WORKS_FOR', 'Harbour Workers Union']],
  ['a title with no body: the main organisation counted with "the commission" standing for it',
    'LISBON 2010-03-01\nThe Harbour Safety Commission met on Monday. The commission said pay had fallen. Talks with the commission failed. "We will not give in," spokesman Paulo Reis told reporters.',
    ['Paulo Reis', 'WORKS_FOR', 'Harbour Safety Commission']],
  ['"Y\'s first president, X": an ordinal before the title', 'Voters in Norland cheered. Norland\'s first president, Ivar Holm, spoke.', ['Ivar Holm', 'LEADS', 'Norland']],
  ['"X, who was then the first female president of Y"', 'The bank was opened by Lena Holm, who was then the first female president of Norland.', ['Lena Holm', 'LEADS', 'Norland']],
  ['"X is an economist and politician serving as President of Y"', 'Ivar Holm (born 1940) is a Norlandic economist and politician serving as the 12th and current President of Norland since 2016.', ['Ivar Holm', 'LEADS', 'Norland']],
  ['"the government of X": the story country\'s head', 'Critics of the government of Ivar Holm met in Portugal.', ['Ivar Holm', 'LEADS', 'Portugal']],
  ['"the regime of President X"', 'The revolution in Portugal ended the regime of President Rui Campos in 1974.', ['Rui Campos', 'LEADS', 'Portugal']],
  ['"X also worked at Y"', 'His wife, Lea Moreau, also worked at Norvex Holdings for a decade.', ['Lea Moreau', 'WORKS_FOR', 'Norvex Holdings']],
  ['"The mayor of X, a small town, ..." and the mayor named as the next sentence opens',
    'The mayor of Vilanova, a small town north of Porto, sent a letter to the ministry. Mayor Rui Campos said the army raided farms.',
    ['Rui Campos', 'LEADS', 'Vilanova']],
  ['"Y Party leader and former president X": the party\'s leader and the country\'s',
    'SANTIAGO 2010-03-01\nChile\'s senate met. Green Party leader and former president Frans de Wet said he had received no help.',
    ['Frans de Wet', 'LEADS', 'Chile']],
];

const notTied: Array<[string, string, [string, string, string]]> = [
  ['"critics of X" lead nothing', 'Critics of Ivar Holm met in Portugal.', ['Ivar Holm', 'LEADS', 'Portugal']],
  ['a prosecutor with no body named is not the main organisation\'s staff',
    'LISBON 2010-03-01\nThe Harbour Safety Commission met on Monday. The commission said pay had fallen. Talks with the commission failed. Prosecutor Paulo Reis said charges would follow.',
    ['Paulo Reis', 'WORKS_FOR', 'Harbour Safety Commission']],
  ['"chairman and president X" of a company leads no country',
    'SANTIAGO 2010-03-01\nChile\'s mines met. Karoo Mining Corp. chairman and president Frans de Wet said output fell.',
    ['Frans de Wet', 'LEADS', 'Chile']],
  ['a lesser title read across "vice"', 'The State Council vice-chairmen Charles Okafor and Ben Udo met.', ['Charles Okafor', 'LEADS', 'State Council']],
  ['no organisation named three times', 'LISBON 2010-03-01\nThe Harbour Workers Union called a strike on Monday. "We will not give in," spokesman Paulo Reis told reporters.', ['Paulo Reis', 'WORKS_FOR', 'Harbour Workers Union']],
  ['a candidate is not the main organisation\'s',
    'LISBON 2010-03-01\nThe Harbour Workers Union called a strike on Monday. The Harbour Workers Union said pay had fallen. Talks with the Harbour Workers Union failed. The right wing candidate Paulo Reis won.',
    ['Paulo Reis', 'CANDIDATE_OF', 'Harbour Workers Union']],
];

tripleTables('titles at a distance from their body', tied, notTied, { absentLabel: 'not for' });

/** ledBodies over names given by hand (the entity finder is not under test here). */
function led(text: string, names: Array<[string, EntityType]>): string[][] {
  const entities: ExtractedEntity[] = names.map(([name, type], k) => {
    const mentions = [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({ start: m.index!, end: m.index! + name.length, text: name }));
    return { id: `e${k + 1}`, name, type, aliases: [], mentions };
  });
  const ctx = documentContext({ id: 't', text }, nlp(text));
  return sentenceViews(ctx, entities).flatMap((v) => ledBodies(v)).map((r) => [r.subject.entity.name, r.predicate, typeof r.object === 'object' && 'entity' in r.object ? r.object.entity.name : '?']);
}

describe('a person\'s government', () => {
  it.each([
    ['"X\'s six-party coalition government"', "Walenga's eight-month-old, four-party coalition government holds 190 seats.", 'four-party coalition government'],
    ['"X\'s new administration"', "Ana Duarte's new administration took office on Monday.", 'administration'],
  ])('%s', (_label, text, body) => {
    const who = text.slice(0, text.indexOf("'"));
    expect(led(text, [[who, 'Person'], [body, 'Organization']])).toEqual([[who, 'LEADS', body]]);
  });
  it('not a body the person does not run ("X\'s visit to the Y council")', () => {
    expect(led("Ana Duarte's visit angered the city council.", [['Ana Duarte', 'Person'], ['city council', 'Organization']])).toEqual([]);
  });
});
