import { holdsEitherWay, tripleTables, type TripleRow } from './triples.js';

/** "the two parties" after a pair named together (texts written for these tests). */
const found: TripleRow[] = [
  ['"Clashes between the two parties" after "A and Y\'s B"', 'The Farmers Union and Bulgaria\'s Green League control the north. Clashes between the two parties flared again on Sunday.', ['Farmers Union', 'OPPOSES', 'Green League']],
  ['"fighting between both sides" in the same sentence', 'The Farmers Union and the Green League traded blame after heavy fighting broke out between both sides.', ['Farmers Union', 'OPPOSES', 'Green League']],
  ['"an alliance between the two" a sentence later', 'The Farmers Union and the Green League met in Sofia. Leaders said a new alliance between the two parties was near. It would be signed in May.', ['Farmers Union', 'SUPPORTS', 'Green League']],
];

const notFound: TripleRow[] = [
  ['"talks between the two parties" say no side', 'The Farmers Union and the Green League signed a deal. Talks between the two parties went well.', ['Farmers Union', 'OPPOSES', 'Green League']],
  ['a pair named long before is out of reach', 'The Farmers Union and the Green League met. Prices rose. Wages fell. Rents rose. Clashes between the two parties flared again.', ['Farmers Union', 'OPPOSES', 'Green League']],
];

tripleTables('"the two parties": the pair named together', found, notFound, { match: holdsEitherWay });
