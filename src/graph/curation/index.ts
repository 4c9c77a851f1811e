import { randomUUID } from 'node:crypto';
import { PREDICATES } from '../../model/ontology.js';
import type { Graph, GraphTransaction } from '../client.js';
import {
  affectedTriples,
  type ClaimRow,
  combineParticipations,
  combineRefs,
  type ParticipationRow,
  planMergedActor,
  planUpdate,
  type RefRow,
  rewireClaims,
  type Triple,
} from './plan.js';
import { q } from './queries.js';
import { type ActorChanges, type ActorSnapshot, CurationError, type CurationKind, type CurationRecord, type DocumentStamp } from './types.js';
import { nodeLookupProperties } from '../entity-identity.js';
import { TIES_KEPT } from '../ties.js';

export { type ActorChanges, CurationError, type CurationErrorCode, type CurationKind, type CurationRecord } from './types.js';

/**
 * Curation: a curator's merges and edits of actors, each in ONE write
 * transaction, stored as a `(:Curation)` node that records what it changed
 * so it can be audited and undone. Decisions live on the actor (curated /
 * removed names and keys) and in the EntityKey layer, so later ingestion
 * follows them without knowing about curation (see docs/graph-model.md).
 */

/** What a merge moved, recorded on its Curation node (`moved`, JSON) for undo. */
interface MergeMoves {
  fromRefs: RefRow[];
  intoRefs: RefRow[];
  mentions: Array<{ actorId: string; sentenceId: string; start: number; end: number }>;
  /** Every claim that touched a merged actor, with its endpoints before the merge. */
  claims: ClaimRow[];
  fromParticipations: ParticipationRow[];
  intoParticipations: ParticipationRow[];
  /** Audit only: relations between merged actors that became self-loops and were dropped. */
  droppedRelations: Array<Triple & { docIds: string[]; sourceCount: number }>;
}

interface StoredCuration extends CurationRecord {
  moved: string | null;
  documents: string;
}

type LockedActor = ActorSnapshot & { place: boolean };

export async function mergeActors(graph: Graph, into: string, from: string[]): Promise<CurationRecord> {
  const fromIds = [...new Set(from)];
  if (fromIds.length === 0) throw new CurationError('INVALID', `nothing to merge into ${into}: "from" is empty`, { actorIds: [into] });
  if (fromIds.includes(into)) throw new CurationError('INVALID', `cannot merge ${into} into itself`, { actorIds: [into] });
  const id = newCurationId();
  return graph.writeTransaction(
    async (tx) => {
      const actors = await lockActors(tx, [into, ...fromIds]);
      const target = actors.get(into)!;
      const merged = fromIds.map((f) => actors.get(f)!);
      const documents = await documentStamps(tx, [into, ...fromIds]);
      // One row: `into` was locked above, so it exists.
      const moves = (await tx.run<MergeMoves & Record<string, unknown>>(q.mergeSnapshot, { into, fromIds, predicates: PREDICATES }))[0]!;

      const next = planMergedActor(target, merged, id);
      await tx.run(q.setActors, { actors: [withLookup(next)] });
      await tx.run(q.putRefs, { refs: combineRefs(into, moves.intoRefs, moves.fromRefs) });
      await tx.run(q.copyMentions, { into, fromIds });
      const { kept, dropped } = rewireClaims(into, fromIds, moves.claims);
      if (dropped.length > 0) await tx.run(q.deleteClaims, { ids: dropped.map((c) => c.id) });
      if (kept.length > 0) await tx.run(q.rewireClaims, { claims: kept });
      const triples = affectedTriples(moves.claims, kept);
      if (triples.length > 0) await tx.run(q.refreshRelations, { triples, tiesKept: TIES_KEPT });
      await tx.run(q.putParticipations, { participations: combineParticipations(into, moves.intoParticipations, moves.fromParticipations) });
      await tx.run(q.syncKeys, { ids: [into] });
      await tx.run(q.deleteActors, { ids: fromIds });
      await tx.run(q.refreshEntities, { ids: [into] });

      const record: CurationRecord = {
        id,
        kind: 'MERGE',
        at: new Date().toISOString(),
        actorId: into,
        mergedIds: fromIds,
        changes: JSON.stringify({ into, from: fromIds }),
        before: JSON.stringify({ actors: [target, ...merged].map(stripLock) }),
        undoneAt: null,
      };
      await tx.run(q.createCuration, { curation: { ...record, moved: JSON.stringify(moves), documents: JSON.stringify(documents) }, actorIds: [into] });
      return record;
    },
    { label: 'curation-merge', metadata: { curationId: id, actorId: into } },
  );
}

export async function updateActor(graph: Graph, id: string, changes: ActorChanges): Promise<CurationRecord> {
  const curationId = newCurationId();
  return graph.writeTransaction(
    async (tx) => {
      const actor = (await lockActors(tx, [id])).get(id)!;
      const next = planUpdate(actor, changes, curationId);
      if (next.normName !== actor.normName || next.type !== actor.type) {
        const namesakes = (await tx.run<{ id: string }>(q.namesakes, { id, normName: next.normName, type: next.type })).map((r) => r.id);
        if (namesakes.length > 0) {
          throw new CurationError('CONFLICT', `${namesakes.join(', ')} already has the name "${next.name}" as ${next.type}: merge the actors instead`, {
            actorIds: [id, ...namesakes],
          });
        }
      }
      const documents = await documentStamps(tx, [id]);
      await tx.run(q.setActors, { actors: [withLookup(next)] });
      await tx.run(q.syncKeys, { ids: [id] });
      await tx.run(q.refreshEntities, { ids: [id] });
      const record: CurationRecord = {
        id: curationId,
        kind: 'UPDATE',
        at: new Date().toISOString(),
        actorId: id,
        mergedIds: [],
        changes: JSON.stringify({ id, ...changes }),
        before: JSON.stringify({ actors: [stripLock(actor)] }),
        undoneAt: null,
      };
      await tx.run(q.createCuration, { curation: { ...record, moved: null, documents: JSON.stringify(documents) }, actorIds: [id] });
      return record;
    },
    { label: 'curation-update', metadata: { curationId, actorId: id } },
  );
}

/**
 * Restores what a curation changed. Refused (CONFLICT) when it was undone
 * already, when a later curation not undone changed the same actors, or when
 * a document behind them was ingested, changed or deleted since.
 */
export async function undoCuration(graph: Graph, id: string): Promise<CurationRecord> {
  return graph.writeTransaction(
    async (tx) => {
      const [row] = await tx.run<{ curation: StoredCuration }>(q.getCuration, { id });
      if (!row) throw new CurationError('NOT_FOUND', `no curation ${id}`, { curationId: id });
      const c = row.curation;
      if (c.undoneAt) throw new CurationError('CONFLICT', `curation ${id} was already undone at ${c.undoneAt}`, { curationId: id });
      const before = (JSON.parse(c.before) as { actors: ActorSnapshot[] }).actors;
      const touched = [c.actorId, ...c.mergedIds];

      // Only the last curation of an actor may be undone, and merged-away ids must still be free.
      const present = await lockActors(tx, touched, { allowMissing: true });
      const target = present.get(c.actorId);
      const reborn = c.mergedIds.filter((m) => present.has(m));
      if (!target || target.lastCuration !== id || reborn.length > 0) {
        const later = await tx.run<{ id: string }>(q.laterCurations, { id, at: c.at, actorIds: touched });
        const laterIds = later.map((l) => l.id);
        const why =
          laterIds.length > 0
            ? `later curation(s) ${laterIds.join(', ')} changed the same actors: undo them first`
            : reborn.length > 0
              ? `actor(s) ${reborn.join(', ')} exist again (created by a later document)`
              : `actor ${c.actorId} changed since`;
        throw new CurationError('CONFLICT', `cannot undo curation ${id}: ${why}`, { curationId: id, actorIds: touched, laterCurationIds: laterIds });
      }
      const recorded = JSON.parse(c.documents) as DocumentStamp[];
      const changed = diffStamps(recorded, await documentStamps(tx, [c.actorId]));
      if (changed.length > 0) {
        throw new CurationError('CONFLICT', `cannot undo curation ${id}: document(s) ${changed.join(', ')} were ingested, changed or deleted since`, {
          curationId: id,
          actorIds: touched,
          documentIds: changed,
        });
      }

      await tx.run(q.setActors, { actors: before.map(withLookup) });
      if (c.kind === 'MERGE') await moveBack(tx, c.actorId, c.mergedIds, JSON.parse(c.moved!) as MergeMoves);
      await tx.run(q.syncKeys, { ids: touched });
      await tx.run(q.refreshEntities, { ids: touched });
      const undoneAt = new Date().toISOString();
      await tx.run(q.markUndone, { id, at: undoneAt, actorIds: touched });
      return toRecord({ ...c, undoneAt });
    },
    { label: 'curation-undo', metadata: { curationId: id } },
  );
}

export async function listCurations(graph: Graph, opts: { actorId?: string; first: number }): Promise<CurationRecord[]> {
  const rows = await graph.read<{ curation: CurationRecord }>(q.listCurations, { actorId: opts.actorId ?? null, first: Math.max(0, Math.floor(opts.first)) });
  return rows.map((r) => toRecord(r.curation));
}

/** Moves back what a merge moved onto `into` (the merged actors exist again, with their properties). */
async function moveBack(tx: GraphTransaction, into: string, fromIds: string[], moves: MergeMoves): Promise<void> {
  const docIds = [...new Set(moves.fromRefs.map((r) => r.docId))];
  await tx.run(q.deleteRefs, { actorId: into, docIds });
  await tx.run(q.putRefs, { refs: [...moves.intoRefs, ...moves.fromRefs] });
  if (moves.mentions.length > 0) await tx.run(q.returnMentions, { into, mentions: moves.mentions });

  const { kept, dropped } = rewireClaims(into, fromIds, moves.claims);
  if (dropped.length > 0) await tx.run(q.restoreClaims, { claims: dropped });
  if (moves.claims.length > 0) await tx.run(q.rewireClaims, { claims: moves.claims.map((c) => ({ id: c.id, subject: c.subject, object: c.object })) });
  const triples = affectedTriples(moves.claims, kept);
  if (triples.length > 0) await tx.run(q.refreshRelations, { triples, tiesKept: TIES_KEPT });

  const moved = combineParticipations(into, [], moves.fromParticipations);
  if (moved.length > 0) await tx.run(q.deleteParticipations, { participations: moved });
  await tx.run(q.putParticipations, { participations: [...moves.intoParticipations, ...moves.fromParticipations] });
}

/** Locks the actors (sorted, so concurrent curations take locks in one order) and reads them; unknown ids and places are refused. */
async function lockActors(tx: GraphTransaction, ids: string[], opts: { allowMissing?: boolean } = {}): Promise<Map<string, LockedActor>> {
  const rows = await tx.run<{ actor: LockedActor }>(q.lockActors, { ids: [...new Set(ids)].sort() });
  const found = new Map(rows.map((r) => [r.actor.id, r.actor]));
  if (opts.allowMissing) return found;
  const missing = ids.filter((i) => !found.has(i));
  if (missing.length > 0) throw new CurationError('NOT_FOUND', `no actor ${missing.join(', ')}`, { actorIds: missing });
  const places = ids.filter((i) => found.get(i)!.place);
  if (places.length > 0) throw new CurationError('INVALID', `${places.join(', ')} is a place, not an actor: places cannot be curated`, { actorIds: places });
  return found;
}

async function documentStamps(tx: GraphTransaction, ids: string[]): Promise<DocumentStamp[]> {
  return tx.run<{ id: string; contentHash: string | null; ingestedAt: string | null }>(q.documentsOf, { ids });
}

/** Ids of the documents added, removed, or rewritten between two stamp lists. */
function diffStamps(recorded: DocumentStamp[], current: DocumentStamp[]): string[] {
  const stamp = (d: DocumentStamp) => `${d.contentHash}\u0000${d.ingestedAt}`;
  const was = new Map(recorded.map((d) => [d.id, stamp(d)]));
  const now = new Map(current.map((d) => [d.id, stamp(d)]));
  const ids = new Set([...was.keys(), ...now.keys()]);
  return [...ids].filter((i) => was.get(i) !== now.get(i)).sort();
}

function stripLock(a: LockedActor): ActorSnapshot {
  const { place: _place, ...rest } = a;
  return rest;
}

function toRecord(c: CurationRecord): CurationRecord {
  return {
    id: c.id,
    kind: c.kind as CurationKind,
    at: c.at,
    actorId: c.actorId,
    mergedIds: c.mergedIds ?? [],
    changes: c.changes,
    before: c.before,
    undoneAt: c.undoneAt ?? null,
  };
}

function newCurationId(): string {
  return `curation:${randomUUID()}`;
}

/** An actor as set-actors writes it: with what ingestion looks it up by, derived from its name. */
function withLookup(actor: ActorSnapshot): ActorSnapshot & { lookup: ReturnType<typeof nodeLookupProperties> } {
  return { ...actor, lookup: nodeLookupProperties(actor) };
}
