import { tripleTables, type TripleRow } from './triples.js';

/** Parts and wholes of companies, and firm names with commas in them (sentences written for these tests). */
const found: TripleRow[] = [
  ['"X, the parent company of Y": Y is the part', 'Hollis Corp., the parent company of Vetta Foods Inc., said on Monday profits rose.', ['Vetta Foods Inc.', 'PART_OF', 'Hollis Corp.']],
  ['"X is the parent company of Y"', 'Hollis Corp. is the parent company of Vetta Foods Inc.', ['Vetta Foods Inc.', 'PART_OF', 'Hollis Corp.']],
  ['"X, the owner of Y"', 'Hollis Corp., the owner of Vetta Foods Inc., said profits rose.', ['Vetta Foods Inc.', 'PART_OF', 'Hollis Corp.']],
  ['"X, the parent of A, B and C": every part', 'Hollis Corp., the parent company of Vetta Foods Inc., Kord Mills Inc. and Brava Oil Inc., reported a loss.', ['Brava Oil Inc.', 'PART_OF', 'Hollis Corp.']],
  ['"X, a unit of Y" still reads from the part', 'Vetta Foods Inc., a unit of Hollis Corp., said profits rose.', ['Vetta Foods Inc.', 'PART_OF', 'Hollis Corp.']],
  ['a comma inside a firm\'s name: "an analyst at Brandt, Oakes & Co."', 'Anna Berg, an analyst at Brandt, Oakes & Co., said sales were weak.', ['Anna Berg', 'WORKS_FOR', 'Brandt, Oakes & Co.']],
  ['"-based" before the body: the title is the body\'s', 'Anna Berg, president of the Boston-based Norvex Holdings, said sales rose.', ['Anna Berg', 'LEADS', 'Norvex Holdings']],
  ['"president of the Dunmore, Pa.-based firm\'s X": the address does not end the apposition', 'Anna Berg, president of the Dunmore, Pa.-based firm\'s Tools Division, said sales rose.', ['Anna Berg', 'LEADS', 'Tools Division']],
];

const notFound: TripleRow[] = [
  ['"X, the parent company of Y" is not X in Y', 'Hollis Corp., the parent company of Vetta Foods Inc., said on Monday profits rose.', ['Hollis Corp.', 'PART_OF', 'Vetta Foods Inc.']],
  ['"A, the parent of B, and C, the parent of D": C is no part of A', 'The deal merged Hollis Corp., the parent company of Vetta Foods Inc., and Kord Mills Inc., the parent company of Brava Oil Inc.', ['Kord Mills Inc.', 'PART_OF', 'Hollis Corp.']],
  ['a place before "-based" is no body the title leads', 'Anna Berg, president of the Dunmore, Pa.-based firm\'s tools division, said sales rose.', ['Anna Berg', 'LEADS', 'Dunmore']],
];

tripleTables('parts and wholes, firm names', found, notFound);
