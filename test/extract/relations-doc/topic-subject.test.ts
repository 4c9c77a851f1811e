import { tripleTables, type TripleRow } from './triples.js';

// An encyclopedia intro's subject, carried as "he"/"the club" after an opening adjunct (topic.ts).
const found: TripleRow[] = [
  ['year adjunct, then "he"', 'Oskar Venmuller (born 1950) is a Brandovian goalkeeper. In 1977 he played for Kestrel Rovers.', ['Oskar Venmuller', 'MEMBER_OF', 'Kestrel Rovers']],
  ['comma adjunct, then "he"', 'Rudo Farquell (1840 – 1901) was a Norlandic farmer. During the long war, he fought for the Grendish Army.', ['Rudo Farquell', 'MEMBER_OF', 'Grendish Army']],
  ['a fronted description with no subject', 'Oskar Venmuller (born 1950) is a Norlandic politician. A member of the Green Unity Party, former minister of farms in the cabinet of Ivo Brask.', ['Oskar Venmuller', 'MEMBER_OF', 'Green Unity Party']],
  ['"The Corps is ...": a kind noun opening the sentence', 'The Corps Dunmoria Lorvik is a student fraternity in Lorvik. The Corps became a member of the Ashcombe Student Federation in 1911.', ['Corps Dunmoria Lorvik', 'PART_OF', 'Ashcombe Student Federation']],
  ['"the company" after a date', 'Vantrel Software is a game studio in Lorvik. In June 1987, the company was sold to Pellbrook Group.', ['Vantrel Software', 'PART_OF', 'Pellbrook Group']],
];
const absent: TripleRow[] = [
  // Another person named before "he": he may be that one.
  ['a person named first', 'Oskar Venmuller (born 1950) is a Brandovian goalkeeper. In 1977 Ivo Brask said he played for Kestrel Rovers.', ['Oskar Venmuller', 'MEMBER_OF', 'Kestrel Rovers']],
  ['a fronted description of another person', 'Oskar Venmuller (born 1950) is a Norlandic politician. A member of the Green Unity Party, Ivo Brask said on Monday that the vote was lost.', ['Oskar Venmuller', 'MEMBER_OF', 'Green Unity Party']],
  // A news story has no encyclopedic subject.
  ['news style', 'TARSK 1996-08-02 Police said on Friday that in 1977 he played for Kestrel Rovers, Oskar Venmuller recalled.', ['Oskar Venmuller', 'MEMBER_OF', 'Kestrel Rovers']],
];

tripleTables('the document subject inside a sentence', found, absent);

// "... when he was playing for Y": a later clause's "he" is the subject too, unless another person is named before it.
const clauseSubjects: TripleRow[] = [
  ['"..., when he was playing for Y"', 'Tomas Verrin (born 1980) is a Ruritanian footballer. Initially a winger, he was trained as a full back by his coaches when he was playing for Pellam United.', ['Tomas Verrin', 'MEMBER_OF', 'Pellam United']],
];
const notClauseSubjects: TripleRow[] = [
  ['another person named before "he"', 'Tomas Verrin (born 1980) is a Ruritanian footballer. As a boy he admired Ivo Kessel, who was a full back for years, and he was playing for Pellam United then.', ['Tomas Verrin', 'MEMBER_OF', 'Pellam United']],
];
tripleTables('later clause subjects', clauseSubjects, notClauseSubjects);
