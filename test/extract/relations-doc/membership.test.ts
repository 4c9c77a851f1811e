import { describe, expect, it } from 'vitest';
import { holds, relations } from './triples.js';

type Row = [string, string, [string, string, string]];

/** Seats in a body (sentences written for these tests). */
const found: Row[] = [
  ['"X won a seat in the Y"', 'Ana Duarte won a seat in the Lisbon City Council in 2005.', ['Ana Duarte', 'MEMBER_OF', 'Lisbon City Council']],
  ['"X lost her Y seat"', 'Ana Duarte lost her Lisbon City Council seat.', ['Ana Duarte', 'MEMBER_OF', 'Lisbon City Council']],
];

/** Careers told in coordinated verb phrases: the sentence's person is the subject of each. */
const careers: Row[] = [
  ['"X joined A in 1980 and later led B"', 'Karl Brandt joined the Green League in 1980 and later led the Farmers Union.', ['Karl Brandt', 'LEADS', 'Farmers Union']],
  ['"X worked for A and then joined B"', 'Karl Brandt worked for Norvex Holdings and then joined Orbis Media in 1995.', ['Karl Brandt', 'MEMBER_OF', 'Orbis Media']],
  ['"began at A, moved to B in 1990, and later chaired C"', 'Ana Berg began her career at Norvex Holdings, moved to Orbis Media in 1990, and later chaired the Lisbon Port Authority.', ['Ana Berg', 'LEADS', 'Lisbon Port Authority']],
  ['"X criticised A and praised B"', 'Karl Brandt criticised the Green League and praised the Farmers Union.', ['Karl Brandt', 'SUPPORTS', 'Farmers Union']],
];

const notCareers: Row[] = [
  ['the first object does not take the second verb', 'Karl Brandt worked for Norvex Holdings and then joined Orbis Media in 1995.', ['Norvex Holdings', 'PART_OF', 'Orbis Media']],
  ['a second verb with its own subject', 'Karl Brandt worked for Norvex Holdings and Ivan Petrov later led the Farmers Union.', ['Karl Brandt', 'LEADS', 'Farmers Union']],
];

const notFound: Row[] = [
  ['a seat never held', 'Ana Duarte never held a seat in the Lisbon City Council.', ['Ana Duarte', 'MEMBER_OF', 'Lisbon City Council']],
];

describe('membership', () => {
  it.each(found)('%s', (_, text, want) => {
    const got = relations(text);
    expect(holds(got, want), JSON.stringify(got)).toBe(true);
  });
  it.each(notFound)('not: %s', (_, text, unwanted) => {
    const got = relations(text);
    expect(holds(got, unwanted), JSON.stringify(got)).toBe(false);
  });
});

describe('careers across coordinated verb phrases', () => {
  it.each(careers)('%s', (_, text, want) => {
    const got = relations(text);
    expect(holds(got, want), JSON.stringify(got)).toBe(true);
  });
  it.each(notCareers)('not: %s', (_, text, unwanted) => {
    const got = relations(text);
    expect(holds(got, unwanted), JSON.stringify(got)).toBe(false);
  });
});
