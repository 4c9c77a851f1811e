import { PREDICATES, ROLES, SYMMETRIC_PREDICATES, type Predicate } from '../model/ontology.js';
import type { Graph, GraphTransaction } from './client.js';
import { loadQueries } from './cypher.js';
import type { DocumentRows, EntityRow } from './document-rows.js';
import { entityLookups, lookupProperties, resolveEntities, type StoredEntity } from './entity-identity.js';
import { placeInfo } from './name-data.js';
import { assignEventIds, eventLookups, type EventReport, reportingDay, type StoredEvent } from './event-identity.js';
import { TIES_KEPT } from './ties.js';

const q = loadQueries({
  lock: 'ingest/lock-documents',
  lockOne: 'ingest/lock-document',
  states: 'ingest/document-states',
  retractClaims: 'ingest/retract-claims',
  retractEvents: 'ingest/retract-events',
  retractText: 'ingest/retract-text',
  deleteDocument: 'ingest/delete-document',
  entityCandidates: 'ingest/entity-candidates',
  writeDocuments: 'ingest/write-documents',
  writeSentences: 'ingest/write-sentences',
  writeEntities: 'ingest/write-entities',
  writeMentions: 'ingest/write-mentions',
  writeClaims: 'ingest/write-claims',
  refreshRelations: 'ingest/refresh-relations',
  addRelations: 'ingest/add-relations',
  eventCandidates: 'ingest/event-candidates',
  writeEvents: 'ingest/write-events',
  refreshEntities: 'ingest/refresh-entities',
});

const KNOWN_PREDICATES: ReadonlySet<string> = new Set(PREDICATES);

export type WriteStatus = 'new' | 'updated' | 'unchanged';

export interface WriteResult {
  status: WriteStatus;
  entities: number;
  relations: number;
  events: number;
  mentions: number;
}

export interface StoredState {
  contentHash: string;
  extractorVersion: string;
}

interface Triple {
  subject: string;
  predicate: string;
  object: string;
}

/** Stored content hash and extractor version of these documents, to skip unchanged ones before extracting. */
export async function storedStates(graph: Graph, ids: string[]): Promise<Map<string, StoredState>> {
  if (ids.length === 0) return new Map();
  const rows = await graph.read<{ id: string } & StoredState>(q.states, { ids });
  return new Map(rows.map((r) => [r.id, { contentHash: r.contentHash, extractorVersion: r.extractorVersion }]));
}

/**
 * Writes one document's facts in ONE transaction: all of them, or none.
 * Unchanged (same content hash and extractor version): nothing is written.
 * Changed: its previous facts are retracted first, in the same transaction.
 * Each kind of fact goes in one UNWIND statement.
 */
export interface WriteOptions {
  /**
   * Rows sent per UNWIND statement (default: all of a kind in one statement).
   * 1 turns every fact into its own statement: the naive writer the benchmark compares with.
   */
  rowsPerStatement?: number;
}

export interface WriteHooks {
  /** Called after each step inside the transaction, with the ids it writes; a test throws here to prove atomicity. */
  afterStep?: (step: 'document' | 'entities' | 'mentions' | 'relations' | 'events', docIds: readonly string[]) => void;
}

/**
 * Writes one document's facts in ONE transaction: all of them, or none.
 * Unchanged (same content hash and extractor version): nothing is written.
 * Changed: its previous facts are retracted first, in the same transaction.
 */
export async function writeDocument(graph: Graph, rows: DocumentRows, hooks: WriteHooks = {}, opts: WriteOptions = {}): Promise<WriteResult> {
  return (await writeDocuments(graph, [rows], hooks, opts))[0]!;
}

/**
 * Writes several documents in ONE transaction (group commit): each kind of
 * fact of all of them goes in one UNWIND statement, and they share one
 * commit. The result is the same as writing them one after the other: a
 * document is in exactly one transaction, all its facts or none, and an
 * event two of them report becomes one node. If the transaction fails, none
 * of them is written; the caller may retry them one by one to isolate a bad
 * one (the ingest pipeline does). Ids must be distinct.
 */
export async function writeDocuments(graph: Graph, docs: readonly DocumentRows[], hooks: WriteHooks = {}, opts: WriteOptions = {}): Promise<WriteResult[]> {
  if (docs.length === 0) return [];
  const ids = docs.map((d) => d.document.id);
  if (new Set(ids).size !== ids.length) throw new Error(`writeDocuments: a document id appears twice in one group (${ids.join(', ')})`);
  const size = opts.rowsPerStatement ?? Number.POSITIVE_INFINITY;
  return graph.writeTransaction(
    async (outer) => {
      const tx = chunking(outer, size);
      // Locks in a stable order, so concurrent groups sharing documents cannot deadlock on them.
      const states = await tx.run<{ id: string; isNew: boolean; contentHash: string | null; extractorVersion: string | null }>(q.lock, { ids: [...ids].sort() });
      const stateOf = new Map(states.map((st) => [st.id, st]));
      const results: WriteResult[] = docs.map(() => ({ status: 'unchanged', entities: 0, relations: 0, events: 0, mentions: 0 }));
      const todo: Array<{ index: number; rows: DocumentRows }> = [];
      docs.forEach((rows, index) => {
        const st = stateOf.get(rows.document.id)!;
        if (!st.isNew && st.contentHash === rows.document.contentHash && st.extractorVersion === rows.document.extractorVersion) return;
        results[index]!.status = st.isNew ? 'new' : 'updated';
        todo.push({ index, rows });
      });
      if (todo.length === 0) return results;
      const written = todo.map((t) => t.rows.document.id);

      // Changed documents: retract what their previous version said.
      const retractedTriples: Triple[] = [];
      const retractedEntities = new Set<string>();
      for (const { index, rows } of todo) {
        if (results[index]!.status !== 'updated') continue;
        const r = await retract(tx, rows.document.id);
        retractedTriples.push(...r.triples);
        for (const id of r.entityIds) retractedEntities.add(id);
      }
      // Recount what the old versions supported before the new ones add to it (removes orphans).
      if (retractedEntities.size > 0) await tx.run(q.refreshEntities, { ids: [...retractedEntities].sort() });

      // Entities: the stored nodes they may be, read in one statement for the
      // group; then decided document by document, each seeing the earlier ones.
      const stored = await tx.run<StoredEntity>(q.entityCandidates, { ...entityLookups(todo.flatMap((t) => t.rows.entities)) });
      const globalIds = resolveEntities(
        todo.map((t) => t.rows.entities),
        stored,
      );

      await tx.run(q.writeDocuments, { documents: todo.map((t) => t.rows.document) });
      const sentences = todo.flatMap(({ rows }) => rows.sentences.map((s) => ({ ...s, docId: rows.document.id })));
      if (sentences.length > 0) await tx.run(q.writeSentences, { sentences });
      hooks.afterStep?.('document', written);

      // A stable order makes concurrent writers lock nodes in the same order, which avoids most deadlocks.
      // Rows of one node keep the group's document order, so the first document names a new node as it would alone.
      // The keys each stored node is already known by were read with the candidates: only the others are merged.
      const linkedKeys = new Map(stored.map((e) => [e.id, new Set(e.keys)]));
      const entityRows = todo.flatMap(({ rows }, i) =>
        foldEntities(rows.entities, globalIds[i]!).map((e) => {
          const linked = linkedKeys.get(e.id);
          return { ...e, newKeys: linked ? e.keys.filter((k) => !linked.has(k)) : e.keys, docId: rows.document.id, order: i };
        }),
      );
      entityRows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.order - b.order));
      if (entityRows.length > 0) await tx.run(q.writeEntities, { entities: entityRows });
      hooks.afterStep?.('entities', written);
      const mentions = todo.flatMap(({ rows }, i) =>
        rows.mentions.map((m) => ({ entity: globalIds[i]!.get(m.local)!, sentenceId: m.sentenceId, start: m.start, end: m.end, text: m.text })),
      );
      if (mentions.length > 0) await tx.run(q.writeMentions, { mentions });
      hooks.afterStep?.('mentions', written);

      const claims = todo.flatMap(({ rows }, i) =>
        rows.claims
          .map((c) => orient({ ...c, docId: rows.document.id, subject: globalIds[i]!.get(c.subject)!, object: globalIds[i]!.get(c.object)! }))
          .filter((c) => c.subject !== c.object),
      );
      // ingest/add-relations has a branch per predicate of the ontology: any other would be dropped there.
      const unknown = claims.find((c) => !KNOWN_PREDICATES.has(c.predicate));
      if (unknown) throw new Error(`writeDocuments: document ${unknown.docId} states a relation of unknown predicate "${unknown.predicate}"`);
      if (claims.length > 0) await tx.run(q.writeClaims, { claims });
      // Relations that lost a claim are recounted from their claims (the new ones included);
      // the others only gain: the new documents are added to them incrementally, which
      // keeps the cost of a write independent of how often its actors were written about.
      const recount = uniqueTriples(retractedTriples);
      if (recount.length > 0) await tx.run(q.refreshRelations, { triples: recount, tiesKept: TIES_KEPT });
      const recounted = new Set(recount.map(tripleKey));
      const added = newRelationRows(claims.filter((c) => !recounted.has(tripleKey(c))));
      if (added.length > 0) await tx.run(q.addRelations, { relations: added, tiesKept: TIES_KEPT });
      hooks.afterStep?.('relations', written);

      const eventRows = todo.flatMap(({ rows }, i) => {
        const specific = new Map(rows.entities.map((e) => [globalIds[i]!.get(e.local)!, e.specific]));
        const placeName = new Map(rows.entities.map((e) => [e.local, e.normName]));
        const reportedOn = reportingDay(rows.document.publishedAt);
        return rows.events.map((v) => ({
          ...v,
          docId: rows.document.id,
          reportedOn,
          key: `${rows.document.id}\u0000${v.local}`,
          place: v.place ? globalIds[i]!.get(v.place)! : null,
          placeRank: v.place ? placeInfo(placeName.get(v.place)!).rank : null,
          participants: v.participants.map((p) => {
            const entity = globalIds[i]!.get(p.local)!;
            return { entity, role: p.role, specific: specific.get(entity) ?? false };
          }),
        }));
      });
      if (eventRows.length > 0) {
        const reports: EventReport[] = eventRows;
        const candidates = await tx.run<StoredEvent>(q.eventCandidates, { ...eventLookups(reports), perParticipant: EVENTS_PER_PARTICIPANT, roles: ROLES });
        const ids = assignEventIds(reports, candidates);
        await tx.run(q.writeEvents, {
          events: eventRows.map(({ key, participants, ...v }) => ({ ...v, participants: participants.map(({ entity, role }) => ({ entity, role })), id: ids.get(key)! })),
        });
      }
      hooks.afterStep?.('events', written);

      todo.forEach(({ index, rows }, i) => {
        const result = results[index]!;
        result.entities = new Set(globalIds[i]!.values()).size;
        result.relations = claims.filter((c) => c.docId === rows.document.id).length;
        result.events = rows.events.length;
        result.mentions = rows.mentions.length;
      });
      return results;
    },
    { label: docs.length === 1 ? 'ingest-document' : 'ingest-documents', metadata: { docIds: ids.length <= 20 ? ids : [...ids.slice(0, 20), `…${ids.length - 20} more`] } },
  );
}

/**
 * How many of a participant's events the lookup of undated matches reads
 * (ingest/event-candidates): a bound, so a hub's thousands of events do not
 * make every later write slower.
 */
export const EVENTS_PER_PARTICIPANT = 128;

/** Retracts a document and everything only it supports. Returns false when no such document exists. */
export async function deleteDocument(graph: Graph, docId: string): Promise<boolean> {
  return graph.writeTransaction(
    async (tx) => {
      const [state] = await tx.run<{ isNew: boolean }>(q.lockOne, { id: docId });
      const retracted = await retract(tx, docId);
      if (retracted.triples.length > 0) await tx.run(q.refreshRelations, { triples: retracted.triples, tiesKept: TIES_KEPT });
      if (retracted.entityIds.length > 0) await tx.run(q.refreshEntities, { ids: retracted.entityIds });
      await tx.run(q.deleteDocument, { docId });
      return !state!.isNew;
    },
    { label: 'delete-document', metadata: { docId } },
  );
}

/** The lists each statement UNWINDs, and the parameters that are not lists of rows. */
const ROW_PARAMS = ['entities', 'documents', 'sentences', 'mentions', 'claims', 'triples', 'relations', 'events', 'ids'] as const;

/** A transaction that splits a statement's row list into statements of at most `size` rows. */
function chunking(tx: GraphTransaction, size: number): GraphTransaction {
  if (!Number.isFinite(size)) return tx;
  return {
    async run(query, params = {}) {
      const key = ROW_PARAMS.find((k) => Array.isArray(params[k]));
      const rows = key ? (params[key] as unknown[]) : undefined;
      if (!key || !rows || rows.length <= size) return tx.run(query, params);
      const out = [];
      for (let i = 0; i < rows.length; i += size) out.push(...(await tx.run(query, { ...params, [key]: rows.slice(i, i + size) })));
      return out as never;
    },
  };
}

async function retract(tx: GraphTransaction, docId: string): Promise<{ triples: Triple[]; entityIds: string[] }> {
  const [claims] = await tx.run<{ triples: Triple[] }>(q.retractClaims, { docId });
  await tx.run(q.retractEvents, { docId });
  const [text] = await tx.run<{ entityIds: string[] }>(q.retractText, { docId });
  return { triples: claims?.triples ?? [], entityIds: text?.entityIds ?? [] };
}

/** Two extracted entities resolved to one node become one row, with the names of both. */
function foldEntities(rows: EntityRow[], globalId: Map<string, string>) {
  type Folded = { id: string; labels: string[]; name: string; type: string; normName: string; scope: string | null; surfaceNames: string[]; keys: string[]; mentionCount: number } & ReturnType<typeof lookupProperties>;
  const byId = new Map<string, Folded>();
  for (const e of rows) {
    const id = globalId.get(e.local)!;
    const prev = byId.get(id);
    if (!prev) {
      byId.set(id, {
        id,
        labels: e.labels,
        name: e.name,
        type: e.type,
        normName: e.normName,
        scope: e.scope,
        surfaceNames: [...e.surfaceNames],
        keys: [...e.keys],
        mentionCount: e.mentionCount,
        ...lookupProperties(e),
      });
      continue;
    }
    prev.surfaceNames = [...new Set([...prev.surfaceNames, ...e.surfaceNames])];
    prev.keys = [...new Set([...prev.keys, ...e.keys])];
    prev.mentionCount += e.mentionCount;
  }
  // A stable order makes concurrent writers lock nodes in the same order, which avoids most deadlocks.
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Symmetric predicates are stored in one direction only, so "A opposes B" and "B opposes A" are one relation. */
function orient<T extends Triple>(c: T): T {
  return SYMMETRIC_PREDICATES.has(c.predicate as Predicate) && c.object < c.subject ? { ...c, subject: c.object, object: c.subject } : c;
}

function tripleKey(t: Triple): string {
  return `${t.subject}\u0000${t.predicate}\u0000${t.object}`;
}

function uniqueTriples(triples: Triple[]): Triple[] {
  const seen = new Map<string, Triple>();
  for (const t of triples) seen.set(tripleKey(t), { subject: t.subject, predicate: t.predicate, object: t.object });
  return [...seen.values()];
}

/** One row per (relation, document), with the document's highest confidence, in a stable order (lock order). */
function newRelationRows(claims: Array<Triple & { docId: string; confidence: number }>) {
  const rows = new Map<string, Triple & { docId: string; confidence: number }>();
  for (const c of claims) {
    const key = `${tripleKey(c)}\u0000${c.docId}`;
    const prev = rows.get(key);
    if (!prev || c.confidence > prev.confidence) rows.set(key, { subject: c.subject, predicate: c.predicate, object: c.object, docId: c.docId, confidence: c.confidence });
  }
  return [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);
}
