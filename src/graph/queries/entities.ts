import { type Role, SYMMETRIC_PREDICATES } from '../../model/ontology.js';
import { loadQueries } from '../cypher.js';
import { buildLuceneQuery } from './lucene.js';
import {
  type CountMode,
  type DocumentRecord,
  type EntityRecord,
  type EventRecord,
  type EvidenceRecord,
  compositeKey,
  evidenceOfKeys,
  fetchLimit,
  groupBy,
  HUB_WALK_RATIO,
  inOrderOf,
  int,
  type Page,
  type Reader,
  uncountedPage,
  recordsByIds,
} from './read.js';

const q = loadQueries({
  byId: 'api/entities-by-id',
  actorsList: 'api/actors-list',
  actorsCount: 'api/actors-count',
  search: 'api/entities-search',
  searchCounted: 'api/entities-search-counted',
  documents: 'api/entity-documents',
  relations: 'api/relations-of',
  relationEvidence: 'api/relation-evidence',
  events: 'api/entity-events',
  timeline: 'api/entity-timeline',
  coMentioned: 'api/co-mentioned',
});

/** Entities by id, in the order asked, null for unknown ids. */
export function entitiesByIds(r: Reader, ids: readonly string[]): Promise<Array<EntityRecord | null>> {
  return recordsByIds<EntityRecord>(r, q.byId, ids, 'entity');
}

export type EntityPage = Page<{ entity: EntityRecord; score: number | null }>;

/**
 * A page of actors (`actorsOnly`) or entities: most mentioned first, or with
 * `search` the best matches of names and aliases. Text without any word
 * matches nothing. `count` says how much of the total is needed (default
 * exact); a search with its count is one statement, one full-text query.
 */
export async function listEntities(
  r: Reader,
  opts: { search?: string | null; type?: string | null; skip: number; limit: number; actorsOnly: boolean; count?: CountMode },
): Promise<EntityPage> {
  const type = opts.type ?? null;
  const count = opts.count ?? 'exact';
  if (opts.search != null) {
    const query = buildLuceneQuery(opts.search);
    if (query === null) return { rows: [], total: 0 };
    const params = { query, type, actorsOnly: opts.actorsOnly, skip: int(opts.skip) };
    if (count === 'exact') {
      const [page] = await r.read<EntityPage>(q.searchCounted, { ...params, limit: int(opts.limit) });
      return page ?? { rows: [], total: 0 };
    }
    const rows = await r.read<EntityPage['rows'][number]>(q.search, { ...params, limit: int(fetchLimit(opts.limit, count)) });
    return uncountedPage(rows, opts.skip, opts.limit);
  }
  const list = { type, skip: int(opts.skip), limit: int(fetchLimit(opts.limit, count)) };
  if (count !== 'exact') return uncountedPage(await r.read<EntityPage['rows'][number]>(q.actorsList, list), opts.skip, opts.limit);
  const [rows, total] = await Promise.all([r.read<EntityPage['rows'][number]>(q.actorsList, list), r.read<{ count: number }>(q.actorsCount, { type })]);
  return { rows, total: total[0]?.count ?? 0 };
}

export async function entityDocuments(r: Reader, ids: readonly string[], first: number): Promise<DocumentRecord[][]> {
  const rows = await r.read<{ id: string; document: DocumentRecord }>(q.documents, { ids, first: int(first) });
  return groupBy(ids, rows, (row) => row.id).map((list) => list.map((row) => row.document));
}

export interface RelationRecord {
  predicate: string;
  subject: string;
  object: string;
  other: string;
  sourceCount: number;
  confidence: number | null;
  /** Seen from the entity asked about. */
  direction: 'OUT' | 'IN' | 'BOTH';
  /** The record of `other`, brought along by the statement. */
  otherEntity?: EntityRecord;
}

export async function entityRelations(
  r: Reader,
  ids: readonly string[],
  opts: { predicate: string | null; direction: 'OUT' | 'IN' | 'BOTH'; first: number; minConfidence?: number | null },
): Promise<RelationRecord[][]> {
  const rows = await r.read<{ id: string } & Omit<RelationRecord, 'direction'>>(q.relations, {
    ids,
    predicate: opts.predicate,
    minConfidence: opts.minConfidence ?? null,
    direction: opts.direction,
    symmetric: [...SYMMETRIC_PREDICATES],
    first: int(opts.first),
  });
  return groupBy(ids, rows, (row) => row.id).map((list) =>
    list.map(({ id, ...rel }) => ({
      ...rel,
      direction: SYMMETRIC_PREDICATES.has(rel.predicate as never) ? 'BOTH' : rel.subject === id ? 'OUT' : 'IN',
    })),
  );
}

const TRIPLE_FIELDS = ['subject', 'predicate', 'object'] as const;
export type TripleKey = Record<(typeof TRIPLE_FIELDS)[number], string>;
export const tripleKey = compositeKey(TRIPLE_FIELDS);

export function relationEvidence(r: Reader, keys: readonly TripleKey[], first: number): Promise<EvidenceRecord[][]> {
  return evidenceOfKeys<keyof TripleKey, EvidenceRecord>(r, q.relationEvidence, keys, TRIPLE_FIELDS, first, (row) => ({
    document: row.document,
    sentence: row.sentence,
    start: row.start,
    end: row.end,
    confidence: row.confidence ?? null,
  }));
}

export interface EventFilter {
  type: string | null;
  from: string | null;
  to: string | null;
  first: number;
  /** Events whose recorded confidence reaches this; null: no filter. */
  minConfidence?: number | null;
}

export async function entityEvents(r: Reader, ids: readonly string[], f: EventFilter): Promise<EventRecord[][]> {
  const rows = await r.read<{ id: string; event: EventRecord }>(q.events, {
    ids,
    type: f.type,
    from: f.from,
    to: f.to,
    minConfidence: f.minConfidence ?? null,
    first: int(f.first),
    walkRatio: HUB_WALK_RATIO,
  });
  return groupBy(ids, rows, (row) => row.id).map((list) => list.map((row) => row.event));
}

/** A dated event of an actor's timeline (the statement keeps only dated events). */
export interface TimelineRecord {
  event: EventRecord & { date: string };
  roles: Role[];
}

export async function entityTimeline(r: Reader, ids: readonly string[], first: number, minConfidence: number | null = null): Promise<TimelineRecord[][]> {
  const rows = await r.read<{ id: string } & TimelineRecord>(q.timeline, { ids, minConfidence, first: int(first), walkRatio: HUB_WALK_RATIO });
  return groupBy(ids, rows, (row) => row.id).map((list) => list.map((row) => ({ event: row.event, roles: row.roles })));
}

export interface CoMentionRecord {
  actorId: string;
  sentenceCount: number;
  documentCount: number;
}

export async function coMentioned(r: Reader, ids: readonly string[], first: number): Promise<CoMentionRecord[][]> {
  const rows = await r.read<{ id: string } & CoMentionRecord>(q.coMentioned, { ids, first: int(first) });
  return groupBy(ids, rows, (row) => row.id).map((list) => list.map(({ actorId, sentenceCount, documentCount }) => ({ actorId, sentenceCount, documentCount })));
}
