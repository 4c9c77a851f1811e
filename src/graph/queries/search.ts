import { loadQueries } from '../cypher.js';
import { buildLuceneQuery } from './lucene.js';
import { type DocumentRecord, type EntityRecord, int, type Reader, type SentenceRecord } from './read.js';

const q = loadQueries({
  entities: 'api/entities-search',
  sentences: 'api/sentences-search',
});

export interface SearchRecords {
  entities: Array<{ entity: EntityRecord; score: number }>;
  sentences: Array<{ sentence: SentenceRecord; document: DocumentRecord; score: number }>;
}

/** Entities by name or alias and sentences by text, best first; text without any word finds nothing. */
export async function searchAll(r: Reader, text: string, first: number): Promise<SearchRecords> {
  const query = buildLuceneQuery(text, 'any');
  if (query === null) return { entities: [], sentences: [] };
  const [entities, sentences] = await Promise.all([
    r.read<SearchRecords['entities'][number]>(q.entities, { query, type: null, actorsOnly: false, skip: int(0), limit: int(first) }),
    r.read<SearchRecords['sentences'][number]>(q.sentences, { query, limit: int(first) }),
  ]);
  return { entities, sentences };
}
