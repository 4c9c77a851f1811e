import { tripleTables, type TripleRow } from './triples.js';

/** Seats in a body (sentences written for these tests). */
const found: TripleRow[] = [
  ['"X won a seat in the Y"', 'Ana Duarte won a seat in the Lisbon City Council in 2005.', ['Ana Duarte', 'MEMBER_OF', 'Lisbon City Council']],
  ['"X would give up a seat in the Y"', 'Marc Roux said on Monday that he would give up a seat in the Regional Assembly.', ['Marc Roux', 'MEMBER_OF', 'Regional Assembly']],
  ['"X lost her Y seat"', 'Ana Duarte lost her Lisbon City Council seat.', ['Ana Duarte', 'MEMBER_OF', 'Lisbon City Council']],
  ['"Y were a group formed in 1985 by A, B, and C"', 'Glass Pilots were a Welsh folk group formed in 1992 by Ana Lind, Tomas Berg, and Karl Brandt.', ['Karl Brandt', 'MEMBER_OF', 'Glass Pilots']],
  ['"Y composers A and B"', 'The song was written by Silver Harbour Orchestra composers Ana Lind and Tomas Berg.', ['Tomas Berg', 'MEMBER_OF', 'Silver Harbour Orchestra']],
  ['"X co-founded Y"', 'Tomas Berg co-founded the New Harbour School.', ['Tomas Berg', 'MEMBER_OF', 'New Harbour School']],
  ['"X became active in the Y"', 'Before the war Maria Costa became active in the Workers Reform Party.', ['Maria Costa', 'MEMBER_OF', 'Workers Reform Party']],
  ['"X was elected as a <party member> to the Y"', 'Ana Lind was elected as a Liberal to the Fourth Provincial Congress.', ['Ana Lind', 'MEMBER_OF', 'Fourth Provincial Congress']],
  ['"X is wholly owned by Y"', 'Vetta Foods Inc. is wholly owned by Hollis Group, a Swiss conglomerate.', ['Vetta Foods Inc.', 'PART_OF', 'Hollis Group']],
  ['"X were founding members of the Y"', 'The Kelso Rovers Club were founding members of the Northern Football League in 1890.', ['Kelso Rovers Club', 'PART_OF', 'Northern Football League']],
  ['"Y is the organization that runs A and B"', 'Northern Rugby Union is the organization that runs the Coastal League and the Valley League.', ['Valley League', 'PART_OF', 'Northern Rugby Union']],
  ['a rank as the title: "X was a Y Army soldier"', 'Piet Gorlan (1844 – 1906) was a Grendish Army soldier in the long war.', ['Piet Gorlan', 'MEMBER_OF', 'Grendish Army']],
  ['"was a private in the Y"', 'Peter Gorlan was a private in the Grendish Army during the war.', ['Peter Gorlan', 'MEMBER_OF', 'Grendish Army']],
  ['two coordinated titles, the second with modifiers: the first speaks', 'Oskar Venmuller was a founding member and former treasurer of the Green Unity Party.', ['Oskar Venmuller', 'MEMBER_OF', 'Green Unity Party']],
  ['a nationality before the first title: "an Irish politician and a member of Y"', 'Piet Gorlan (born 1950) is an Irish politician and a member of the Green Unity Party.', ['Piet Gorlan', 'MEMBER_OF', 'Green Unity Party']],
];

/** Careers told in coordinated verb phrases: the sentence's person is the subject of each. */
const careers: TripleRow[] = [
  ['"X joined A in 1980 and later led B"', 'Karl Brandt joined the Green League in 1980 and later led the Farmers Union.', ['Karl Brandt', 'LEADS', 'Farmers Union']],
  ['"X worked for A and then joined B"', 'Karl Brandt worked for Norvex Holdings and then joined Orbis Media in 1995.', ['Karl Brandt', 'MEMBER_OF', 'Orbis Media']],
  ['"began at A, moved to B in 1990, and later chaired C"', 'Ana Berg began her career at Norvex Holdings, moved to Orbis Media in 1990, and later chaired the Lisbon Port Authority.', ['Ana Berg', 'LEADS', 'Lisbon Port Authority']],
  ['"X criticised A and praised B"', 'Karl Brandt criticised the Green League and praised the Farmers Union.', ['Karl Brandt', 'SUPPORTS', 'Farmers Union']],
];

const notCareers: TripleRow[] = [
  ['the first object does not take the second verb', 'Karl Brandt worked for Norvex Holdings and then joined Orbis Media in 1995.', ['Norvex Holdings', 'PART_OF', 'Orbis Media']],
  ['a second verb with its own subject', 'Karl Brandt worked for Norvex Holdings and Ivan Petrov later led the Farmers Union.', ['Karl Brandt', 'LEADS', 'Farmers Union']],
];

const notFound: TripleRow[] = [
  ['"X was not elected to the Y"', 'Ana Lind was not elected to the Fourth Provincial Congress.', ['Ana Lind', 'MEMBER_OF', 'Fourth Provincial Congress']],
  ['a body\'s seats mentioned by someone else', 'Ana Duarte said the Lisbon City Council seats were empty.', ['Ana Duarte', 'MEMBER_OF', 'Lisbon City Council']],
  ['a seat never held', 'Ana Duarte never held a seat in the Lisbon City Council.', ['Ana Duarte', 'MEMBER_OF', 'Lisbon City Council']],
];

tripleTables('membership', found, notFound);

tripleTables('careers across coordinated verb phrases', careers, notCareers);

/** Club careers told with an examples cue, a trade plied, or a kind of career (invented names). */
const clubCareers: TripleRow[] = [
  ['"played for clubs in Y such as A, B"', 'Tomas Verrin (born 3 May 1970) is a retired Ruritanian striker. Over twelve seasons he played for clubs in Ruritania such as Varno United, Kessel Rovers and Amber City.', ['Tomas Verrin', 'MEMBER_OF', 'Varno United']],
  ['"played for clubs in Y such as A, B": the second of the list', 'Tomas Verrin (born 3 May 1970) is a retired Ruritanian striker. Over twelve seasons he played for clubs in Ruritania such as Varno United, Kessel Rovers and Amber City.', ['Tomas Verrin', 'MEMBER_OF', 'Kessel Rovers']],
  ['"plied his trade in Y at A and B"', 'Tomas Verrin later plied his trade in Borovia at Dask Athletic and Fenwick Albion, before retiring.', ['Tomas Verrin', 'MEMBER_OF', 'Fenwick Albion']],
  ['"began his senior career with A"', 'Tomas Verrin began his senior career with Dunmore Rangers in 1988.', ['Tomas Verrin', 'MEMBER_OF', 'Dunmore Rangers']],
];
const notClubCareers: TripleRow[] = [
  ['"wrote about clubs such as A"', 'Tomas Verrin has written about several club teams in Ruritania such as Varno United.', ['Tomas Verrin', 'MEMBER_OF', 'Varno United']],
];
tripleTables('club careers', clubCareers, notClubCareers);
