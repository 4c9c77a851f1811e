import { loadQueries } from '../cypher.js';
import { buildLuceneQuery } from './lucene.js';
import {
  type CountMode,
  type DocumentRecord,
  type EventRecord,
  fetchLimit,
  groupBy,
  inOrderOf,
  int,
  type Page,
  type Reader,
  type SentenceRecord,
  uncountedPage,
  recordsByIds,
} from './read.js';

const q = loadQueries({
  byId: 'api/documents-by-id',
  list: 'api/documents-list',
  count: 'api/documents-count',
  search: 'api/documents-search',
  searchCounted: 'api/documents-search-counted',
  entities: 'api/document-entities',
  events: 'api/document-events',
  sentences: 'api/document-sentences',
});

export function documentsByIds(r: Reader, ids: readonly string[]): Promise<Array<DocumentRecord | null>> {
  return recordsByIds<DocumentRecord>(r, q.byId, ids, 'document');
}

export type DocumentPage = Page<{ document: DocumentRecord; score: number | null; sentence: SentenceRecord | null }>;

/**
 * Documents newest first; with `search`, those whose sentences match best
 * first, with the best sentence. `count` as in listEntities: a search with its
 * count is one statement, one full-text query.
 */
export async function listDocuments(
  r: Reader,
  opts: { search: string | null; from: string | null; to: string | null; skip: number; limit: number; count?: CountMode },
): Promise<DocumentPage> {
  const count = opts.count ?? 'exact';
  const range = { from: opts.from, to: opts.to };
  const skip = int(opts.skip);
  if (opts.search !== null) {
    const query = buildLuceneQuery(opts.search, 'any');
    if (query === null) return { rows: [], total: 0 };
    if (count === 'exact') {
      const [page] = await r.read<DocumentPage>(q.searchCounted, { ...range, query, skip, limit: int(opts.limit) });
      return page ?? { rows: [], total: 0 };
    }
    const rows = await r.read<DocumentPage['rows'][number]>(q.search, { ...range, query, skip, limit: int(fetchLimit(opts.limit, count)) });
    return uncountedPage(rows, opts.skip, opts.limit);
  }
  const list = { ...range, skip, limit: int(fetchLimit(opts.limit, count)) };
  if (count !== 'exact') return uncountedPage(await r.read<DocumentPage['rows'][number]>(q.list, list), opts.skip, opts.limit);
  const [rows, total] = await Promise.all([r.read<DocumentPage['rows'][number]>(q.list, list), r.read<{ count: number }>(q.count, range)]);
  return { rows, total: total[0]?.count ?? 0 };
}

export interface DocumentEntityRecord {
  entityId: string;
  mentions: number;
  names: string[];
}

export async function documentEntities(r: Reader, ids: readonly string[], opts: { type: string | null; first: number }): Promise<DocumentEntityRecord[][]> {
  const rows = await r.read<{ id: string } & DocumentEntityRecord>(q.entities, { ids, type: opts.type, first: int(opts.first) });
  return groupBy(ids, rows, (row) => row.id).map((list) => list.map(({ entityId, mentions, names }) => ({ entityId, mentions, names })));
}

export async function documentEvents(r: Reader, ids: readonly string[], first: number): Promise<EventRecord[][]> {
  const rows = await r.read<{ id: string; event: EventRecord }>(q.events, { ids, first: int(first) });
  return groupBy(ids, rows, (row) => row.id).map((list) => list.map((row) => row.event));
}

export async function documentSentences(r: Reader, ids: readonly string[], first: number): Promise<SentenceRecord[][]> {
  const rows = await r.read<{ id: string; sentence: SentenceRecord }>(q.sentences, { ids, first: int(first) });
  return groupBy(ids, rows, (row) => row.id).map((list) => list.map((row) => row.sentence));
}
