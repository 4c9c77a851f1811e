import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

/** Sentences written for these tests, one row per relation pattern → (subject, predicate, object) by entity name. */
const positive: Array<[string, string, [string, string, string]]> = [
  ['title after the organisation closes the apposition', "Lena Holm, Sweden's first female prime minister, spoke at the summit.", ['Lena Holm', 'LEADS', 'Sweden']],
  ['the title that starts first and is longest', 'Pedro Alvarez, Metalworkers Union general secretary and a member of the Farmers Party, spoke.', ['Pedro Alvarez', 'LEADS', 'Metalworkers Union']],
  ['a second title in the same apposition', 'Pedro Alvarez, Metalworkers Union general secretary and a member of the Farmers Party, spoke.', ['Pedro Alvarez', 'MEMBER_OF', 'Farmers Party']],
  ['bare head-of-state title in an apposition', 'Kenji Ota, a former prime minister, criticised the budget in Japan.', ['Kenji Ota', 'LEADS', 'Japan']],
  ['linking verb inside an apposition', 'Maria Lopez, the Green Party candidate heading the Citizens Alliance campaign, spoke in Lima.', ['Maria Lopez', 'LEADS', 'Citizens Alliance']],
  ['rival tagged as an adjective after a possessive pronoun', 'Jan Kowalski and his arch-rival, retired general Piotr Nowak, both lost their seats.', ['Piotr Nowak', 'OPPOSES', 'Jan Kowalski']],
  ['role verb and title of an organisation', 'Laura Chen will become the chief executive of Orbis Corp. next year.', ['Laura Chen', 'LEADS', 'Orbis Corp.']],
  ['pronoun subject, coordinated verb phrase, company is not a membership body', 'Tom Reed joined in May. He chaired the audit panel and was formerly a vice president at Delta Holdings Inc.', ['Tom Reed', 'WORKS_FOR', 'Delta Holdings Inc.']],
  ['copula and possessive part noun', "Helix Steel is the Norcom Group's steel-making arm.", ['Helix Steel', 'PART_OF', 'Norcom Group']],
  ['part-of shared by coordinated names', "The Norcom Group's mining companies Ferrox and Minerva are for sale.", ['Minerva', 'PART_OF', 'Norcom Group']],
  ['"where X worked" after an organisation', 'Agents searched the Finance Ministry headquarters where Paul Girard worked.', ['Paul Girard', 'WORKS_FOR', 'Finance Ministry']],
  ['a government named after its head', 'The Ortega government fell after Daniel Ortega lost the vote.', ['Daniel Ortega', 'LEADS', 'Ortega government']],
  ['possessive person before a party (contraction token)', "Yuki Tanaka spoke. Tanaka's Progress Party won the seat.", ['Yuki Tanaka', 'LEADS', 'Progress Party']],
  ['"together with" companion of a passive by-phrase', 'The Dockers Union, together with three smaller unions, was banned by the military government in March.', ['government', 'OPPOSES', 'Dockers Union']],
  ['"pits X against Y"', 'The row pits Senator Ana Silva, who founded the movement, against party official Rui Costa.', ['Ana Silva', 'OPPOSES', 'Rui Costa']],
  ['unnamed title, person introduced in the next sentence', 'The head of the National Farmers Federation warned on Monday that prices would rise. Olu Bamidele told reporters the harvest was poor.', ['Olu Bamidele', 'LEADS', 'National Farmers Federation']],
  ['people coordinated after a shared plural title', 'Acme Corp. directors Tomas Varga and Ines Holm resigned.', ['Ines Holm', 'WORKS_FOR', 'Acme Corp.']],
  ['a title before an organisation and its bracketed short name', 'The talks were led by the secretary-general of the Northern Farmers League (NFL) Kofi Mensah on Monday.', ['Kofi Mensah', 'LEADS', 'Northern Farmers League']],
  ['"took over as" a title of an organisation', 'Rita Moreno took over as chairman of Solano Textiles Inc. in March.', ['Rita Moreno', 'LEADS', 'Solano Textiles Inc.']],
  ['role verb, title and "in" the body', 'John Wren (1880–1907) was a junior officer in the Royal Navy until his death.', ['John Wren', 'MEMBER_OF', 'Royal Navy']],
  ['role verb, title, a field and "at" the body', 'Karl Brandt is a professor of physics at the University of Uppsala.', ['Karl Brandt', 'WORKS_FOR', 'University of Uppsala']],
  ['a second title after "and a"', 'Karl Brandt is a German politician and a member of the National Reform Party.', ['Karl Brandt', 'MEMBER_OF', 'National Reform Party']],
  ['role verb and title across a long apposition and "the ruling"', "Ana Duarte, the lawyer with the job of uniting Brazil's quarrelling parties behind the new plan, will be appointed head of the ruling Reform Council next week.", ['Ana Duarte', 'LEADS', 'Reform Council']],
  ['strikers oppose the target of their strike', 'Dock workers went on strike against the Port Authority on Monday.', ['Dock workers', 'OPPOSES', 'Port Authority']],
];

/** Sentences that must not produce the relation. */
const negative: Array<[string, string, [string, string, string]]> = [
  ['a cue noun the first name modifies', 'Ralph Nader backers criticised the Green Party.', ['Ralph Nader', 'SUPPORTS', 'Green Party']],
  ['a passive cue without a by-phrase', 'Ali Hassan and Yusuf Bello were detained over their part in the Miners Union protest.', ['Yusuf Bello', 'OPPOSES', 'Miners Union']],
  ['a cue whose object is another noun', 'Farm unions voiced support for the plan and denounced the government.', ['Farm unions', 'SUPPORTS', 'government']],
  ['a title held by someone named in a "whose" clause', 'Mary Kay, whose brother is the leader of the Workers Party, spoke.', ['Mary Kay', 'LEADS', 'Workers Party']],
  ['a coordinated verb phrase after an object', 'Tom Reed met Jan Berg and was later the chairman of Orbis Corp.', ['Jan Berg', 'LEADS', 'Orbis Corp.']],
];

const SYMMETRIC = new Set(['OPPOSES', 'RELATIVE_OF']);

function relations(text: string): string[][] {
  const x = extract({ id: 't', text, publishedAt: '2004-05-10' });
  const name = (id: string) => x.entities.find((e) => e.id === id)?.name ?? id;
  return x.relations.map((r) => [name(r.subject), r.predicate, name(r.object)]);
}

const holds = (got: string[][], [s, p, o]: [string, string, string]) =>
  got.some(([gs, gp, go]) => gp === p && ((gs === s && go === o) || (SYMMETRIC.has(p) && gs === o && go === s)));

describe('relation patterns', () => {
  it.each(positive)('%s', (_, text, want) => {
    const got = relations(text);
    expect(holds(got, want), JSON.stringify(got)).toBe(true);
  });

  it.each(negative)('not: %s', (_, text, unwanted) => {
    const got = relations(text);
    expect(holds(got, unwanted), JSON.stringify(got)).toBe(false);
  });
});
