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

/** A post held or work done at a body (sentences written for these tests). */
const posts: TripleRow[] = [
  ['"accepted a professorship at Y"', 'In 1972 Ana Lusken accepted a professorship at the Kessel Conservatory.', ['Ana Lusken', 'WORKS_FOR', 'Kessel Conservatory']],
  ['"held a research post with Y"', 'After the war Ivo Kessel held a research post with Norvik Holdings Inc. for a decade.', ['Ivo Kessel', 'WORKS_FOR', 'Norvik Holdings Inc.']],
  ['"carried out her research at Y"', 'Ana Lusken carried out much of her research at the Varno Observatory.', ['Ana Lusken', 'WORKS_FOR', 'Varno Observatory']],
  ['"a trustee of Y"', 'In 1901 Ivo Kessel became a trustee of the Varno Public Library.', ['Ivo Kessel', 'WORKS_FOR', 'Varno Public Library']],
];
const notPosts: TripleRow[] = [
  ['"took a firm position on Y" is a stance, not a post', 'Ivo Kessel took a firm position on the Varno Public Library budget.', ['Ivo Kessel', 'WORKS_FOR', 'Varno Public Library']],
];
tripleTables('posts and work at a body', posts, notPosts);
