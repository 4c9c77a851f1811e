import { loadQueries } from '../cypher.js';
import { buildLuceneQuery } from './lucene.js';
import { type DocumentRecord, type EventRecord, groupBy, inOrderOf, int, type Reader, type SentenceRecord } from './read.js';

const q = loadQueries({
  byId: 'api/documents-by-id',
  list: 'api/documents-list',
  count: 'api/documents-count',
  search: 'api/documents-search',
  searchCount: 'api/documents-search-count',
  entities: 'api/document-entities',
  events: 'api/document-events',
  sentences: 'api/document-sentences',
});

export async function documentsByIds(r: Reader, ids: readonly string[]): Promise<Array<DocumentRecord | null>> {
  const rows = await r.read<{ document: DocumentRecord }>(q.byId, { ids });
  return inOrderOf(ids, rows.map((row) => row.document));
}

export interface DocumentPage {
  rows: Array<{ document: DocumentRecord; score: number | null; sentence: SentenceRecord | null }>;
  total: number;
}

/** Documents newest first; with `search`, those whose sentences match best first, with the best sentence. */
export async function listDocuments(
  r: Reader,
  opts: { search: string | null; from: string | null; to: string | null; skip: number; limit: number },
): Promise<DocumentPage> {
  const range = { from: opts.from, to: opts.to };
  const page = { skip: int(opts.skip), limit: int(opts.limit) };
  let list = q.list;
  let count = q.count;
  let params: Record<string, unknown> = range;
  if (opts.search !== null) {
    const query = buildLuceneQuery(opts.search, 'any');
    if (query === null) return { rows: [], total: 0 };
    list = q.search;
    count = q.searchCount;
    params = { ...range, query };
  }
  const [rows, total] = await Promise.all([r.read<DocumentPage['rows'][number]>(list, { ...params, ...page }), r.read<{ count: number }>(count, params)]);
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
