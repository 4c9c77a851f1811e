import { SYMMETRIC_PREDICATES, type Predicate } from '../model/ontology.js';
import type { Graph, GraphTransaction } from './client.js';
import { loadQueries } from './cypher.js';
import type { DocumentRows, EntityRow } from './document-rows.js';

const q = loadQueries({
  lock: 'ingest/lock-document',
  states: 'ingest/document-states',
  retractClaims: 'ingest/retract-claims',
  retractEvents: 'ingest/retract-events',
  retractText: 'ingest/retract-text',
  deleteDocument: 'ingest/delete-document',
  resolveEntities: 'ingest/resolve-entities',
  writeDocument: 'ingest/write-document',
  writeEntities: 'ingest/write-entities',
  writeMentions: 'ingest/write-mentions',
  writeClaims: 'ingest/write-claims',
  refreshRelations: 'ingest/refresh-relations',
  resolveEvents: 'ingest/resolve-events',
  writeEvents: 'ingest/write-events',
  refreshEntities: 'ingest/refresh-entities',
});

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
  /** Called after each step inside the transaction; a test throws here to prove atomicity. */
  afterStep?: (step: 'document' | 'entities' | 'mentions' | 'relations' | 'events') => void;
}

export async function writeDocument(graph: Graph, rows: DocumentRows, hooks: WriteHooks = {}, opts: WriteOptions = {}): Promise<WriteResult> {
  const docId = rows.document.id;
  const size = opts.rowsPerStatement ?? Number.POSITIVE_INFINITY;
  return graph.writeTransaction(
    async (outer) => {
      const tx = chunking(outer, size);
      const [state] = await tx.run<{ isNew: boolean; contentHash: string | null; extractorVersion: string | null }>(q.lock, { id: docId });
      if (!state!.isNew && state!.contentHash === rows.document.contentHash && state!.extractorVersion === rows.document.extractorVersion) {
        return { status: 'unchanged' as const, entities: 0, relations: 0, events: 0, mentions: 0 };
      }
      const retracted = state!.isNew ? { triples: [], entityIds: [] } : await retract(tx, docId);
      // Recount what the old version supported before the new one adds to it (removes orphans).
      if (retracted.entityIds.length > 0) await tx.run(q.refreshEntities, { ids: retracted.entityIds });

      // Entities: resolve to existing nodes, fold rows that land on the same node.
      const resolved = await tx.run<{ local: string; id: string | null }>(q.resolveEntities, {
        entities: rows.entities.map((e) => ({ local: e.local, canonicalKey: e.canonicalKey, normName: e.normName })),
      });
      const globalId = new Map<string, string>();
      for (const r of resolved) globalId.set(r.local, r.id ?? rows.entities.find((e) => e.local === r.local)!.newId);
      const entityRows = foldEntities(rows.entities, globalId);

      await tx.run(q.writeDocument, { document: rows.document, sentences: rows.sentences });
      hooks.afterStep?.('document');
      await tx.run(q.writeEntities, { docId, entities: entityRows });
      hooks.afterStep?.('entities');
      await tx.run(q.writeMentions, {
        mentions: rows.mentions.map((m) => ({ entity: globalId.get(m.local)!, sentenceId: m.sentenceId, start: m.start, end: m.end, text: m.text })),
      });
      hooks.afterStep?.('mentions');

      const claims = rows.claims.map((c) => orient({ ...c, subject: globalId.get(c.subject)!, object: globalId.get(c.object)! })).filter((c) => c.subject !== c.object);
      if (claims.length > 0) await tx.run(q.writeClaims, { docId, claims });
      const triples = uniqueTriples([...retracted.triples, ...claims]);
      if (triples.length > 0) await tx.run(q.refreshRelations, { triples });
      hooks.afterStep?.('relations');

      if (rows.events.length > 0) {
        const eventRows = rows.events.map((v) => ({
          ...v,
          place: v.place ? globalId.get(v.place)! : null,
          participants: v.participants.map((p) => ({ entity: globalId.get(p.local)!, role: p.role })),
        }));
        const matches = await tx.run<{ local: string; matched: string | null }>(q.resolveEvents, {
          events: eventRows.map((v) => ({ local: v.local, type: v.type, date: v.date, datePrefixes: datePrefixes(v.date), participantIds: v.participants.map((p) => p.entity) })),
        });
        const matchOf = new Map(matches.map((m) => [m.local, m.matched]));
        await tx.run(q.writeEvents, {
          docId,
          events: eventRows.map((v) => ({ ...v, id: matchOf.get(v.local) ?? `event:${docId}:${v.local}` })),
        });
      }

      hooks.afterStep?.('events');
      return {
        status: state!.isNew ? ('new' as const) : ('updated' as const),
        entities: entityRows.length,
        relations: claims.length,
        events: rows.events.length,
        mentions: rows.mentions.length,
      };
    },
    { label: 'ingest-document', metadata: { docId } },
  );
}

/** Retracts a document and everything only it supports. Returns false when no such document exists. */
export async function deleteDocument(graph: Graph, docId: string): Promise<boolean> {
  return graph.writeTransaction(
    async (tx) => {
      const [state] = await tx.run<{ isNew: boolean }>(q.lock, { id: docId });
      const retracted = await retract(tx, docId);
      if (retracted.triples.length > 0) await tx.run(q.refreshRelations, { triples: retracted.triples });
      if (retracted.entityIds.length > 0) await tx.run(q.refreshEntities, { ids: retracted.entityIds });
      await tx.run(q.deleteDocument, { docId });
      return !state!.isNew;
    },
    { label: 'delete-document', metadata: { docId } },
  );
}

/** The lists each statement UNWINDs, and the parameters that are not lists of rows. */
const ROW_PARAMS = ['entities', 'sentences', 'mentions', 'claims', 'triples', 'events', 'ids'] as const;

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
  const byId = new Map<string, { id: string; labels: string[]; name: string; type: string; normName: string; surfaceNames: string[]; keys: string[]; mentionCount: number }>();
  for (const e of rows) {
    const id = globalId.get(e.local)!;
    const prev = byId.get(id);
    if (!prev) {
      byId.set(id, { id, labels: e.labels, name: e.name, type: e.type, normName: e.normName, surfaceNames: [...e.surfaceNames], keys: [...e.keys], mentionCount: e.mentionCount });
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

/** "2024-05-03" → ["2024", "2024-05", "2024-05-03"]: the stored dates it is compatible with as a refinement. */
function datePrefixes(date: string | null): string[] {
  if (!date) return [];
  const parts = date.split('-');
  return parts.map((_, i) => parts.slice(0, i + 1).join('-'));
}

function uniqueTriples(triples: Triple[]): Triple[] {
  const seen = new Map<string, Triple>();
  for (const t of triples) seen.set(`${t.subject}\u0000${t.predicate}\u0000${t.object}`, { subject: t.subject, predicate: t.predicate, object: t.object });
  return [...seen.values()];
}
