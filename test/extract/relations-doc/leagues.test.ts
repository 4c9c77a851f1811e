import { tripleTables, type TripleRow } from './triples.js';

// Teams and the league they play in (leagues.ts). Sentences and names invented for these tests.
const clubs = 'Ivo Marsk (born 1960) is a Brandovian forward. He played for Ashcombe United and the Dunmore Rovers in the Northern Hockey League.';
const found: TripleRow[] = [
  ['a player\'s club in a sentence naming one league', clubs, ['Ashcombe United', 'PART_OF', 'Northern Hockey League']],
  ['the second club of the list', clubs, ['Dunmore Rovers', 'PART_OF', 'Northern Hockey League']],
  ['"A and B of the L"', 'The Dunmore Rovers and Ashcombe United of the Northern Hockey League met in the final.', ['Ashcombe United', 'PART_OF', 'Northern Hockey League']],
  ['an association named after a sport', 'The Dunmore Rovers and Ashcombe United of the Western Basketball Association met in the final.', ['Dunmore Rovers', 'PART_OF', 'Western Basketball Association']],
  ['the intro\'s club and the league it plays in', 'Ashcombe United is a junior hockey club based in Ashcombe. The club plays in the Northern Hockey League.', ['Ashcombe United', 'PART_OF', 'Northern Hockey League']],
];
const absent: TripleRow[] = [
  // Two leagues named: the rule does not guess which club is in which (the "of the"/"in the" neighbour aside).
  ['two leagues in the sentence', 'Ivo Marsk (born 1960) is a Brandovian forward. He played for Ashcombe United in the Northern Hockey League and for the Dunmore Rovers in the Southern Hockey League.', ['Ashcombe United', 'PART_OF', 'Southern Hockey League']],
  // A company is no team: nobody plays for it.
  ['a sponsor is no team', 'The Northern Hockey League signed a deal with Brask Motors in May.', ['Brask Motors', 'PART_OF', 'Northern Hockey League']],
];

tripleTables('teams and leagues', found, absent);
