import { describe, expect, it } from 'vitest';
import { relations } from './triples.js';

const opposes = (got: string[][], a: string, b: string) => got.some(([s, p, o]) => p === 'OPPOSES' && ((s === a && o === b) || (s === b && o === a)));

/** The demand row of pattern-table.ts: a verb or noun of demand right after the actor, or a few words on. */
const demands: Array<[string, string, string, string]> = [
  ['the verb right after the actor', 'The Farmers Alliance demanded the resignation of Paul Girard.', 'Farmers Alliance', 'Paul Girard'],
  ['"renewed its call for the removal of"', 'LISBON 2010-03-01\nThe Farmers Alliance renewed its call for the removal of Paul Girard.', 'Farmers Alliance', 'Paul Girard'],
];

describe('demand row', () => {
  it.each(demands)('%s', (_label, text, a, b) => {
    expect(opposes(relations(text), a, b), JSON.stringify(relations(text))).toBe(true);
  });
  it('not when negated', () => {
    expect(opposes(relations('The Farmers Alliance did not call for the removal of Paul Girard.'), 'Farmers Alliance', 'Paul Girard')).toBe(false);
  });
});

/** Membership rows: a body's own member, a signed contract, a military rank. */
const members: Array<[string, string, string, string]> = [
  ['"the Y\' X" (plural possessive)', "The anthem was written by the Harbour Rangers' Owen Darby in 1998.", 'Owen Darby', 'Harbour Rangers'],
  ['"X signed a contract with Y"', 'In March, Tom Tolland signed a two-year contract with the Westport Football Club.', 'Tom Tolland', 'Westport Football Club'],
  ['a rank "in the Y"', 'Karl Haber became a lieutenant colonel in the Royal Danish Army.', 'Karl Haber', 'Royal Danish Army'],
];

describe('membership rows', () => {
  it.each(members)('%s', (_label, text, person, body) => {
    const got = relations(text);
    expect(got.some(([s, p, o]) => s === person && p === 'MEMBER_OF' && o === body), JSON.stringify(got)).toBe(true);
  });
  it('not when the contract is not signed', () => {
    const got = relations('On July 25, Jim Spencer never signed a contract with the Baltimore Orioles.');
    expect(got.some(([s, p]) => s === 'Jim Spencer' && p === 'MEMBER_OF'), JSON.stringify(got)).toBe(false);
  });
});

describe('unit rows', () => {
  it('"X was a Canadian Army force": a unit of the body named before its kind', () => {
    const got = relations('Yukon Field Force was a Canadian Army force.');
    expect(got, JSON.stringify(got)).toContainEqual(['Yukon Field Force', 'PART_OF', 'Canadian Army']);
  });
  it('not for a kind noun the body does not own ("X was a force for good")', () => {
    const got = relations('Yukon Field Force was a force for good.');
    expect(got.filter(([, p]) => p === 'PART_OF'), JSON.stringify(got)).toEqual([]);
  });
});
