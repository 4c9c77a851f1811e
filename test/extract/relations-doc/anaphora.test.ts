import { tripleTables } from './triples.js';

/** Stories written for these tests: "the union", "the company", "He" stand for the actor named before. */
const resolved: Array<[string, string, [string, string, string]]> = [
  ['"the union" after its name', 'Maria Lind joined the Green Union in 1990. She said the union would back Paul Girard.', ['Green Union', 'SUPPORTS', 'Paul Girard']],
  ['"the party\'s leader, X"', "LISBON 2010-03-01\nThe Farmers Party met on Monday. The party's leader, Ana Duarte, spoke first.", ['Ana Duarte', 'LEADS', 'Farmers Party']],
  ['sentence-initial "It" for the organisation the story opened with, "chaired by" across a description',
    'PORT LOUIS 2010-03-01\nThe Harbour Commission opened its hearings in June. It is chaired by a former judge, retired Bishop Samuel Okafor.', ['Samuel Okafor', 'LEADS', 'Harbour Commission']],
  ['"the company" for the latest company', 'LISBON 2010-03-01\nShares of Norvik Holdings Inc. rose on Monday. Ana Duarte, the company\'s chief executive, said sales grew.', ['Ana Duarte', 'LEADS', 'Norvik Holdings Inc.']],
  ['"Assembly speaker X": the capitalised head alone stands for the body', 'PARIS 2010-03-01\nMarc Roux sat in the National Assembly for years. He sent his letter to Assembly speaker Paul Girard.', ['Paul Girard', 'LEADS', 'National Assembly']],
];

/** No earlier name of that kind: nothing to resolve. */
const unresolved: Array<[string, string, [string, string, string]]> = [
  ['a capitalised head inside a name nobody found', 'PARIS 2010-03-01\nMarc Roux sat in the National Assembly for years. He spoke at the Kenyan Assembly Hall with speaker Paul Girard.', ['Paul Girard', 'LEADS', 'National Assembly']],
  ['"the party" before any party is named', "LISBON 2010-03-01\nThe party's leader, Ana Duarte, spoke first. Later the Farmers Party met.", ['Ana Duarte', 'LEADS', 'Farmers Party']],
];

tripleTables('news anaphora', resolved, unresolved, { absentLabel: 'not' });
