import { tripleTables, type TripleRow } from './triples.js';

// A body's members given as examples (member-lists.ts). Sentences and names invented for these tests.
const found: TripleRow[] = [
  ['"with players like A and B": the sentence\'s opening club', 'In 1950, Dunmore Rovers FC won three titles with players like Ivo Marsk and Peter Gorlan.', ['Peter Gorlan', 'MEMBER_OF', 'Dunmore Rovers FC']],
  ['"former players, including A": the intro\'s club', 'Ashcombe United is a hockey club based in Ashcombe. Many former players have gone on to coach abroad, including Ivo Marsk and Peter Gorlan.', ['Ivo Marsk', 'MEMBER_OF', 'Ashcombe United']],
  ['"such star players as A and B"', 'The Dunmore Rovers, with such star players as Ivo Marsk and Peter Gorlan, reached the final.', ['Ivo Marsk', 'MEMBER_OF', 'Dunmore Rovers']],
];
const absent: TripleRow[] = [
  // Another body named before the noun in a news sentence: whose players is not said.
  ['no body to own the players', 'TARSK 1996-08-02 Fans of Ashcombe United cheered as the Dunmore Rovers lost and players like Ivo Marsk wept.', ['Ivo Marsk', 'MEMBER_OF', 'Ashcombe United']],
  ['examples that are no people', 'Ashcombe United signed players from clubs like Dunmore Rovers last year.', ['Dunmore Rovers', 'PART_OF', 'Ashcombe United']],
];

tripleTables('members given as examples', found, absent);
