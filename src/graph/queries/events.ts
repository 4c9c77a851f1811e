import { loadQueries } from '../cypher.js';
import {
  type CountMode,
  type DocumentRecord,
  type EventRecord,
  type EvidenceRecord,
  compositeKey,
  evidenceOfKeys,
  fetchLimit,
  groupBy,
  inOrderOf,
  int,
  type Page,
  type Reader,
  uncountedPage,
  recordsByIds,
} from './read.js';

const q = loadQueries({
  byId: 'api/events-by-id',
  list: 'api/events-list',
  count: 'api/events-count',
  participants: 'api/event-participants',
  sources: 'api/event-sources',
  evidence: 'api/event-evidence',
  sharedEvidence: 'api/shared-event-evidence',
});

export function eventsByIds(r: Reader, ids: readonly string[]): Promise<Array<EventRecord | null>> {
  return recordsByIds<EventRecord>(r, q.byId, ids, 'event');
}

export interface EventListFilter {
  type: string | null;
  from: string | null;
  to: string | null;
  actor: string | null;
  place: string | null;
  /** Events whose recorded confidence reaches this; null: no filter. */
  minConfidence: number | null;
}

/** A page of events; `count` as in listEntities (the count runs only when `exact`). */
export async function listEvents(
  r: Reader,
  f: EventListFilter,
  page: { skip: number; limit: number; count?: CountMode },
): Promise<Page<EventRecord>> {
  const count = page.count ?? 'exact';
  const list = { ...f, skip: int(page.skip), limit: int(fetchLimit(page.limit, count)) };
  if (count !== 'exact') {
    const rows = await r.read<{ event: EventRecord }>(q.list, list);
    return uncountedPage(rows.map((row) => row.event), page.skip, page.limit);
  }
  const [rows, total] = await Promise.all([r.read<{ event: EventRecord }>(q.list, list), r.read<{ count: number }>(q.count, { ...f })]);
  return { rows: rows.map((row) => row.event), total: total[0]?.count ?? 0 };
}

export interface ParticipantRecord {
  entityId: string;
  role: string;
  sourceCount: number;
}

export async function eventParticipants(r: Reader, ids: readonly string[]): Promise<ParticipantRecord[][]> {
  const rows = await r.read<{ id: string } & ParticipantRecord>(q.participants, { ids });
  return groupBy(ids, rows, (row) => row.id).map((list) => list.map(({ entityId, role, sourceCount }) => ({ entityId, role, sourceCount })));
}

export async function eventSources(r: Reader, ids: readonly string[]): Promise<DocumentRecord[][]> {
  const rows = await r.read<{ id: string; document: DocumentRecord }>(q.sources, { ids });
  return groupBy(ids, rows, (row) => row.id).map((list) => list.map((row) => row.document));
}

type EvidenceRow = EvidenceRecord & { trigger: string | null; triggerStart: number | null; triggerEnd: number | null };

function toEvidence(row: EvidenceRow): EvidenceRecord {
  return {
    document: row.document,
    sentence: row.sentence,
    start: row.start,
    end: row.end,
    trigger: row.trigger,
    triggerStart: row.triggerStart,
    triggerEnd: row.triggerEnd,
  };
}

export async function eventEvidence(r: Reader, ids: readonly string[], first: number): Promise<EvidenceRecord[][]> {
  const rows = await r.read<{ id: string } & EvidenceRow>(q.evidence, { ids, first: int(first) });
  return groupBy(ids, rows, (row) => row.id).map((list) => list.map(toEvidence));
}

const SHARED_EVENT_FIELDS = ['event', 'a', 'b'] as const;
export type SharedEventKey = Record<(typeof SHARED_EVENT_FIELDS)[number], string>;
export const sharedEventKey = compositeKey(SHARED_EVENT_FIELDS);

/** Reports of an event from documents naming both entities (or any report when none does). */
export function sharedEventEvidence(r: Reader, keys: readonly SharedEventKey[], first: number): Promise<EvidenceRecord[][]> {
  return evidenceOfKeys<keyof SharedEventKey, EvidenceRow>(r, q.sharedEvidence, keys, SHARED_EVENT_FIELDS, first, toEvidence);
}
