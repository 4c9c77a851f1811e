import { loadQueries } from '../cypher.js';
import {
  type CountMode,
  type DocumentRecord,
  type EventRecord,
  type EvidenceRecord,
  fetchLimit,
  groupBy,
  inOrderOf,
  int,
  type Page,
  type Reader,
  uncountedPage,
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

export async function eventsByIds(r: Reader, ids: readonly string[]): Promise<Array<EventRecord | null>> {
  const rows = await r.read<{ event: EventRecord }>(q.byId, { ids });
  return inOrderOf(ids, rows.map((row) => row.event));
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

export interface SharedEventKey {
  event: string;
  a: string;
  b: string;
}

export function sharedEventKey(k: SharedEventKey): string {
  return `${k.event}\u0000${k.a}\u0000${k.b}`;
}

/** Reports of an event from documents naming both entities (or any report when none does). */
export async function sharedEventEvidence(r: Reader, keys: readonly SharedEventKey[], first: number): Promise<EvidenceRecord[][]> {
  const rows = await r.read<SharedEventKey & EvidenceRow>(q.sharedEvidence, {
    keys: keys.map((k) => ({ event: k.event, a: k.a, b: k.b })),
    first: int(first),
  });
  return groupBy(keys.map(sharedEventKey), rows, sharedEventKey).map((list) => list.map(toEvidence));
}
