import { holdsEitherWay, tripleTables, type TripleRow } from './triples.js';

/** Kinship nouns in appositions, possessives and coordinated descriptions (sentences written for these tests). */
const found: TripleRow[] = [
  ['"her film producer husband X": modifiers between the pronoun and the noun', 'Police said Nora Jaffe fled when her film producer husband Karim Rizvi returned home.', ['Nora Jaffe', 'RELATIVE_OF', 'Karim Rizvi']],
  ['"his father X ..., while his mother Y": both are his', 'Ivo Marin grew up in Split. He said his father Ante Marin was a fisherman, while his mother Vera Kos was a teacher.', ['Ivo Marin', 'RELATIVE_OF', 'Vera Kos']],
  ['"His wife is the poet and translator Y"', 'Marc Duval (born 1940) is a French painter. His wife is the poet and translator Lise Duval, whom he met in 1975.', ['Marc Duval', 'RELATIVE_OF', 'Lise Duval']],
  ['"X was the son of Y and the brother of Z"', 'Pavel Horak (1843 – 1906) was the son of Jan Horak and the brother of Emil Horak.', ['Pavel Horak', 'RELATIVE_OF', 'Emil Horak']],
  ['"X, the founder of W and the father of Z"', 'The bridge bears the name of Orin Tasker, the founder of Tasker Glassworks and the father of the banker Tom Tasker.', ['Orin Tasker', 'RELATIVE_OF', 'Tom Tasker']],
  ['"A and B had a son, C": the couple', 'The following year, Ivo Marsk and Anna Brask had another son, Peter Marsk, who died young.', ['Ivo Marsk', 'RELATIVE_OF', 'Anna Brask']],
  ['"A and B had a son, C": the first parent and the child', 'The following year, Ivo Marsk and Anna Brask had another son, Peter Marsk, who died young.', ['Ivo Marsk', 'RELATIVE_OF', 'Peter Marsk']],
];

const notFound: TripleRow[] = [
  ['"his father X ..., while his mother Y": Y is not named as X\'s relative', 'Ivo Marin grew up in Split. He said his father Ante Marin was a fisherman, while his mother Vera Kos was a teacher.', ['Ante Marin', 'RELATIVE_OF', 'Vera Kos']],
  ['"A and B" coordinated without "had" are no couple', 'Ivo Marsk and Anna Brask met the son of Peter Marsk.', ['Ivo Marsk', 'RELATIVE_OF', 'Anna Brask']],
];

tripleTables('kinship', found, notFound, { match: holdsEitherWay });

/** Two parents of one child named in a kinship phrase (sentences written for these tests). */
const parents: TripleRow[] = [
  ['"the daughter of X and the sculptor Y": a described second parent', 'Lena Varga, the daughter of Edith Lusk and the sculptor Tom Verrin, opened the show.', ['Lena Varga', 'RELATIVE_OF', 'Tom Verrin']],
  ['"the daughter of X and the sculptor Y": the parents are a couple', 'Lena Varga, the daughter of Edith Lusk and the sculptor Tom Verrin, opened the show.', ['Edith Lusk', 'RELATIVE_OF', 'Tom Verrin']],
];
const notParents: TripleRow[] = [
  ['"the daughter of X and visited Y": a verb is no description', 'Ana Verrin was the daughter of Edith Lusk and visited Tom Verrin.', ['Ana Verrin', 'RELATIVE_OF', 'Tom Verrin']],
];
tripleTables('two parents of one child', parents, notParents, { match: holdsEitherWay });
