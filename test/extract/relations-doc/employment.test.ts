import { tripleTables, type TripleRow } from './triples.js';

/**
 * A job done for a body with members stays WORKS_FOR ("party spokesman", "EU commissioner");
 * an office or rank inside it is membership ("party official", "army officer"). Sentences written for these tests.
 */
const rows: TripleRow[] = [
  ['"X, spokesman for the Y party"', 'Omar Saleh, spokesman for the Liberal Reform Party, said the vote was rigged.', ['Omar Saleh', 'WORKS_FOR', 'Liberal Reform Party']],
  ['"Y commissioner X"', 'A plan by Nordic Union farm commissioner Anna Berg was dropped.', ['Anna Berg', 'WORKS_FOR', 'Nordic Union']],
  ['"head coach at the Y academy"', 'Tomas Berg, head coach at the Coastal Sports Academy, resigned.', ['Tomas Berg', 'WORKS_FOR', 'Coastal Sports Academy']],
  ['"party official X" belongs to the party', 'The rift pits the Liberal Reform Party leader against Liberal Reform Party official Omar Saleh.', ['Omar Saleh', 'MEMBER_OF', 'Liberal Reform Party']],
  ['"X was an officer in the Y Army"', 'Karl Brandt was an officer in the Royal Nordic Army.', ['Karl Brandt', 'MEMBER_OF', 'Royal Nordic Army']],
  ['a modifier before the title: "a visiting professor at Y"', 'For two years Oskar Venmuller was a visiting professor at Kelvin University.', ['Oskar Venmuller', 'WORKS_FOR', 'Kelvin University']],
  ['an adjective in the field: "professor of theoretical physics at Y"', 'Oskar Venmuller was named professor of theoretical physics at the University of Lorvik.', ['Oskar Venmuller', 'WORKS_FOR', 'University of Lorvik']],
];

tripleTables('jobs and offices in bodies with members', rows);
