import { holdsEitherWay, tripleTables } from './triples.js';

/** Sentences written for these tests: a relation read off one list member holds for every member. */
const shared: Array<[string, string, [string, string, string]]> = [
  ['subject list, first member', 'Lena Moss, Carl Dunne and Pia Holt joined the Socialist Party in 2001.', ['Lena Moss', 'MEMBER_OF', 'Socialist Party']],
  ['subject list, middle member', 'Lena Moss, Carl Dunne and Pia Holt joined the Socialist Party in 2001.', ['Carl Dunne', 'MEMBER_OF', 'Socialist Party']],
  ['object list after a passive "led by"', 'The Farmers Alliance, led by Oskar Lind and Ana Duarte, walked out.', ['Ana Duarte', 'LEADS', 'Farmers Alliance']],
  ['a pair after "between" shares the body both belong to', 'The feud is between the Halden Sports Club and Akron Athletic Club, both owned by Halcyon Holdings.', ['Halden Sports Club', 'PART_OF', 'Halcyon Holdings']],
  ['object list of a demand', 'Students marched in Lyon demanding the resignation of Paul Girard and Marc Leroy.', ['Students', 'OPPOSES', 'Marc Leroy']],
];

/** Lists that are not lists: the relation stays with the one name it was read off. */
const kept: Array<[string, string, [string, string, string]]> = [
  ['a pair after "between"', "The match between Ray Lott's Delta Hawks and the Harbour Kings Football Club ended late.", ['Ray Lott', 'LEADS', 'Harbour Kings Football Club']],
  ['an apposition closed before "and"', 'The group said Acme Corp., the parent company of Kestrel Airlines Inc., and Halcyon Group Inc. would merge.', ['Acme Corp.', 'PART_OF', 'Halcyon Group Inc.']],
  ['a possessive at the end of the list', "Orbis Media Inc. and Delta Freight Inc.'s subsidiary, Kestrel Airlines Inc., will merge.", ['Kestrel Airlines Inc.', 'PART_OF', 'Media Inc.']],
];

tripleTables('conjunction distribution', shared, kept, { match: holdsEitherWay, absentLabel: 'not over' });
