import { describe, expect, it } from 'vitest';
import { holds, relations } from './triples.js';

type Row = [string, string, [string, string, string]];

/** Seats in a body (sentences written for these tests). */
const found: Row[] = [
  ['"X won a seat in the Y"', 'Ana Duarte won a seat in the Lisbon City Council in 2005.', ['Ana Duarte', 'MEMBER_OF', 'Lisbon City Council']],
  ['"X lost her Y seat"', 'Ana Duarte lost her Lisbon City Council seat.', ['Ana Duarte', 'MEMBER_OF', 'Lisbon City Council']],
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
