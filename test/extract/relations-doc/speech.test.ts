import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

const SYMMETRIC = new Set(['OPPOSES', 'RELATIVE_OF']);

function relations(text: string): string[][] {
  const x = extract({ id: 't', text, publishedAt: '2010-03-01' }, { relationModel: null });
  const name = (id: string) => x.entities.find((e) => e.id === id)?.name ?? id;
  return x.relations.map((r) => [name(r.subject), r.predicate, name(r.object)]);
}
const holds = (got: string[][], [s, p, o]: string[]) =>
  got.some(([gs, gp, go]) => gp === p && ((gs === s && go === o) || (SYMMETRIC.has(p!) && gs === o && go === s)));

/** Sentences written for these tests: sides taken in reported speech. */
const taken: Array<[string, string, [string, string, string]]> = [
  ['"X said Y, aside, should be impeached"', 'Party leader Gheorghe Funar said in a statement Ion Iliescu, in power since 1989, should be impeached for treason.', ['Gheorghe Funar', 'OPPOSES', 'Ion Iliescu']],
  ['a quoted demand, speaker after', '"The Liberal Union must step down," said Ramon Machuca.', ['Ramon Machuca', 'OPPOSES', 'Liberal Union']],
  ['first person in a quote, speaker after', '"We will fight the National Unity Party in every town," Ramon Machuca told reporters.', ['Ramon Machuca', 'OPPOSES', 'National Unity Party']],
  ['the person an apposition before "told" describes', '"We oppose the way the Liberal Union is run," Ramon Machuca, a member of the Radical Party, told reporters.', ['Ramon Machuca', 'OPPOSES', 'Liberal Union']],
  ['the body its leader speaks for', 'Socialist Party leader Gheorghe Funar said Ion Iliescu, in power since 1989, should be impeached.', ['Socialist Party', 'OPPOSES', 'Ion Iliescu']],
  ['first person in a quote, speaker before', 'Ana Duarte said: "I support Paul Girard and his plan."', ['Ana Duarte', 'SUPPORTS', 'Paul Girard']],
  ['"Y\'s main opponents, the X"', "The rally was the work of the Socialist Party's main opponents, the conservative Democratic Party.", ['Democratic Party', 'OPPOSES', 'Socialist Party']],
];

/** Negated or unattributed: no side. */
const none: Array<[string, string, [string, string, string]]> = [
  ['a negated demand', 'Ana Duarte said Paul Girard should not resign.', ['Ana Duarte', 'OPPOSES', 'Paul Girard']],
  ['a negated quote', 'Ana Duarte said: "I do not support Paul Girard."', ['Ana Duarte', 'SUPPORTS', 'Paul Girard']],
  ['a demand with no speaker', 'Paul Girard should resign, according to Ana Duarte and her lawyers at Orbis Media.', ['Orbis Media', 'OPPOSES', 'Paul Girard']],
];

describe('reported speech', () => {
  it.each(taken)('%s', (_label, text, triple) => {
    expect(holds(relations(text), triple), JSON.stringify(relations(text))).toBe(true);
  });
  it.each(none)('not for %s', (_label, text, triple) => {
    expect(holds(relations(text), triple), JSON.stringify(relations(text))).toBe(false);
  });
});
