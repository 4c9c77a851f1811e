import { describe, expect, it } from 'vitest';
import { holdsEitherWay, relations } from './triples.js';

type Row = [string, string, [string, string, string]];

/** "the two parties" after a pair named together (texts written for these tests). */
const found: Row[] = [
  ['"Clashes between the two parties" after "A and Y\'s B"', 'The Farmers Union and Bulgaria\'s Green League control the north. Clashes between the two parties flared again on Sunday.', ['Farmers Union', 'OPPOSES', 'Green League']],
  ['"fighting between both sides" in the same sentence', 'The Farmers Union and the Green League traded blame after heavy fighting broke out between both sides.', ['Farmers Union', 'OPPOSES', 'Green League']],
  ['"an alliance between the two" a sentence later', 'The Farmers Union and the Green League met in Sofia. Leaders said a new alliance between the two parties was near. It would be signed in May.', ['Farmers Union', 'SUPPORTS', 'Green League']],
];

const notFound: Row[] = [
  ['"talks between the two parties" say no side', 'The Farmers Union and the Green League signed a deal. Talks between the two parties went well.', ['Farmers Union', 'OPPOSES', 'Green League']],
  ['a pair named long before is out of reach', 'The Farmers Union and the Green League met. Prices rose. Wages fell. Rents rose. Clashes between the two parties flared again.', ['Farmers Union', 'OPPOSES', 'Green League']],
];

describe('"the two parties": the pair named together', () => {
  it.each(found)('%s', (_, text, want) => {
    const got = relations(text);
    expect(holdsEitherWay(got, want), JSON.stringify(got)).toBe(true);
  });
  it.each(notFound)('not: %s', (_, text, unwanted) => {
    const got = relations(text);
    expect(holdsEitherWay(got, unwanted), JSON.stringify(got)).toBe(false);
  });
});
