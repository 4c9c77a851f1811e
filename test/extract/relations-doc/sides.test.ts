import { tripleTables, type TripleRow } from './triples.js';

/** Support, backing and candidacy, each wording with its own sentence (written for these tests). */
const found: TripleRow[] = [
  ['"X threw its weight behind Y"', 'The Workers Party threw its weight behind Maria Costa.', ['Workers Party', 'SUPPORTS', 'Maria Costa']],
  ['"X came out in favour of Y"', 'The Workers Party came out in favour of Maria Costa.', ['Workers Party', 'SUPPORTS', 'Maria Costa']],
  ['"X formed an alliance with Y"', 'The Workers Party formed an alliance with the Green League.', ['Workers Party', 'SUPPORTS', 'Green League']],
  ['"X joined forces with Y"', 'The Workers Party joined forces with the Green League.', ['Workers Party', 'SUPPORTS', 'Green League']],
  ['"Y won the endorsement of X": X acts', 'Maria Costa won the endorsement of the Workers Party.', ['Workers Party', 'SUPPORTS', 'Maria Costa']],
  ['"Y won the backing of X"', 'Maria Costa won the backing of Ivan Petrov.', ['Ivan Petrov', 'SUPPORTS', 'Maria Costa']],
  ['"X\'s endorsement of Y": the possessor acts', "The Workers Party's endorsement of Maria Costa surprised many.", ['Workers Party', 'SUPPORTS', 'Maria Costa']],
  ['"With the backing of X, Y ..."', 'With the backing of the Workers Party, Maria Costa won the runoff.', ['Workers Party', 'SUPPORTS', 'Maria Costa']],
  ['"Y, backed by X": a participle and its agent', 'The Farmers Union, backed by the Green League, marched on Monday.', ['Green League', 'SUPPORTS', 'Farmers Union']],
  ['"X won the Y nomination"', 'Maria Costa won the Workers Party nomination in May.', ['Maria Costa', 'CANDIDATE_OF', 'Workers Party']],
  ['"X ran on the Y ticket"', 'Ivan Petrov ran on the Workers Party ticket in 2010.', ['Ivan Petrov', 'CANDIDATE_OF', 'Workers Party']],
  ['"X ran the Y": a leader\'s verb with its object', 'Ivan Petrov ran the Workers Party for a decade.', ['Ivan Petrov', 'LEADS', 'Workers Party']],
];

const notFound: TripleRow[] = [
  ['"X withdrew its support for Y"', 'The Workers Party withdrew its support for Maria Costa.', ['Workers Party', 'SUPPORTS', 'Maria Costa']],
  ['"Y won the endorsement of X" is no support by Y', 'Maria Costa won the endorsement of the Workers Party.', ['Maria Costa', 'SUPPORTS', 'Workers Party']],
  ['"Y, backed by X" is no support by Y', 'The Farmers Union, backed by the Green League, marched on Monday.', ['Farmers Union', 'SUPPORTS', 'Green League']],
  ['"X urged voters to back Y" opposes no voters', 'The Workers Party urged voters to back Maria Costa.', ['Workers Party', 'OPPOSES', 'voters']],
  ['"X ran on the Y ticket" leads nothing', 'Ivan Petrov ran on the Workers Party ticket in 2010.', ['Ivan Petrov', 'LEADS', 'Workers Party']],
  ['"X fought for Y" is on Y\'s side', 'Ivan Petrov fought for the Grendish Army during the war.', ['Ivan Petrov', 'OPPOSES', 'Grendish Army']],
  ['"X fought alongside Y" is on Y\'s side', 'The Farmers Union fought alongside the Green League in the strike.', ['Farmers Union', 'OPPOSES', 'Green League']],
];

tripleTables('support and candidacy', found, notFound);

/** A stance noun after a light verb makes the subject's stance (sentences written for these tests). */
const stances: TripleRow[] = [
  ['"X voiced her support for Y"', 'Ana Lusken voiced her support for the Farmers Party.', ['Ana Lusken', 'SUPPORTS', 'Farmers Party']],
  ['"X has pledged its backing to Y"', 'The Green Union has pledged its backing to Ivo Kessel.', ['Green Union', 'SUPPORTS', 'Ivo Kessel']],
  ['"X voiced full support for Y"', 'Ana Lusken voiced full support for Ivo Kessel.', ['Ana Lusken', 'SUPPORTS', 'Ivo Kessel']],
  ['"X expressed opposition to Y"', 'The Green Union expressed opposition to the Farmers Party.', ['Green Union', 'OPPOSES', 'Farmers Party']],
  ['"X voiced her objections to Y"', 'Ana Lusken voiced her objections to Ivo Kessel.', ['Ana Lusken', 'OPPOSES', 'Ivo Kessel']],
];
const notStances: TripleRow[] = [
  ['a negation before the light verb', 'The Green Union did not voice support for the Farmers Party.', ['Green Union', 'SUPPORTS', 'Farmers Party']],
  ['the object of an earlier verb is not the one who voices support', 'Ana Lusken met Ivo Kessel on Monday and voiced her support for the Farmers Party.', ['Ivo Kessel', 'SUPPORTS', 'Farmers Party']],
];
tripleTables('stances after a light verb', stances, notStances);
