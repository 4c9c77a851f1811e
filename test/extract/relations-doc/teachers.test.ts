import { tripleTables, type TripleRow } from './triples.js';

// Teachers and the school they taught at (teachers.ts). Sentences and names invented for these tests.
const found: TripleRow[] = [
  ['"O, where he studied with P"', 'Ivo Marsk received his doctorate at Lorvik University, where he studied with Peter Gorlan.', ['Peter Gorlan', 'WORKS_FOR', 'Lorvik University']],
  ['"studied under P at O"', 'Ivo Marsk studied under Peter Gorlan at Lorvik University.', ['Peter Gorlan', 'WORKS_FOR', 'Lorvik University']],
  ['"a disciple of P and Q at O": both teachers', 'Ivo Marsk was a disciple of Peter Gorlan and Anna Brask at Lorvik University.', ['Anna Brask', 'WORKS_FOR', 'Lorvik University']],
];
const absent: TripleRow[] = [
  // The student is not staff.
  ['the student', 'Ivo Marsk studied under Peter Gorlan at Lorvik University.', ['Ivo Marsk', 'WORKS_FOR', 'Lorvik University']],
  // No study word: a meeting is no teaching.
  ['"met with P at O"', 'Ivo Marsk met with Peter Gorlan at Lorvik University.', ['Peter Gorlan', 'WORKS_FOR', 'Lorvik University']],
];

tripleTables('teachers', found, absent);
