import { type TripleRow, tripleTables } from './triples.js';

/** A participle phrase fronted before the name it describes (sentences written for these tests). */
const found: TripleRow[] = [
  ['"Led by Y, X ..."', 'Led by Ana Lusken, the Farmers Party won the election.', ['Ana Lusken', 'LEADS', 'Farmers Party']],
  ['"Based in Y, X ..."', 'Based in Lisbon, Kessel Media employs 300 people.', ['Kessel Media', 'LOCATED_IN', 'Lisbon']],
  ['"Headquartered in Y since 1990, X ..."', 'Headquartered in Lisbon since 1990, Kessel Media employs 300 people.', ['Kessel Media', 'LOCATED_IN', 'Lisbon']],
  ['"Owned by Y, X ..."', 'Owned by Kessel Broadcasting Group, WKXT maintained studios in Lansing.', ['WKXT', 'PART_OF', 'Kessel Broadcasting Group']],
  ['"Backed by Y, X ..."', 'Backed by the Green Union, Ana Lusken won the vote.', ['Green Union', 'SUPPORTS', 'Ana Lusken']],
  ['"Formerly owned by Y, X ..."', 'Formerly owned by Kessel Broadcasting Group, WKXT now belongs to a trust.', ['WKXT', 'PART_OF', 'Kessel Broadcasting Group']],
];

const absent: TripleRow[] = [
  ['the phrase describes no name: "Led by Y in 1990, the talks ..."', 'Led by Ana Lusken in 1990, the talks with the Farmers Party failed.', ['Ana Lusken', 'LEADS', 'Farmers Party']],
  ['not at the start of the sentence', 'The talks, led by Ana Lusken, were held near the Farmers Party offices.', ['Ana Lusken', 'LEADS', 'Farmers Party']],
];

tripleTables('fronted participle phrases', found, absent);
