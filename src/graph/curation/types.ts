import { ActorgraphError } from '../../model/errors.js';
import type { ActorType } from '../../model/ontology.js';

export type CurationKind = 'MERGE' | 'UPDATE';

/** One curator decision as stored on its `(:Curation)` node. */
export interface CurationRecord {
  id: string;
  kind: CurationKind;
  /** ISO timestamp of the decision. */
  at: string;
  /** The actor that results (MERGE: `into`). */
  actorId: string;
  /** MERGE: the actors merged away; UPDATE: empty. */
  mergedIds: string[];
  /** The request, as JSON. */
  changes: string;
  /** The actors as they were, as JSON (`{actors: ActorSnapshot[]}`): what undo restores. */
  before: string;
  undoneAt: string | null;
}

export interface ActorChanges {
  name?: string;
  type?: ActorType;
  addAliases?: string[];
  removeAliases?: string[];
}

export type CurationErrorCode = 'NOT_FOUND' | 'CONFLICT' | 'INVALID';

export interface CurationErrorContext {
  /** The actors the request named (or that were missing / invalid). */
  actorIds?: string[];
  /** The curation being undone. */
  curationId?: string;
  /** CONFLICT: later curations, not undone, that touched the same actors (undo them first). */
  laterCurationIds?: string[];
  /** CONFLICT: documents ingested, changed or deleted since the curation. */
  documentIds?: string[];
}

/** A curation request refused: unknown ids, a nonsensical request, or an undo that would lose later work. */
export class CurationError extends ActorgraphError<CurationErrorCode> {
  readonly actorIds: string[];
  readonly curationId: string | undefined;
  readonly laterCurationIds: string[];
  readonly documentIds: string[];
  constructor(code: CurationErrorCode, message: string, context: CurationErrorContext = {}) {
    super(code, message);
    this.actorIds = context.actorIds ?? [];
    this.curationId = context.curationId;
    this.laterCurationIds = context.laterCurationIds ?? [];
    this.documentIds = context.documentIds ?? [];
  }
}

/**
 * An actor's own properties, as read before a curation and restored by its
 * undo. The curator's decisions live in the four lists: names and keys kept
 * whatever the documents say (curated*), and names and keys that must neither
 * show nor resolve (removed*). `aliases` and the counts are derived (recomputed
 * from the documents), kept here for the audit.
 */
export interface ActorSnapshot {
  id: string;
  name: string;
  type: string;
  normName: string;
  labels: string[];
  createdAt: string | null;
  curated: boolean;
  curatedAliases: string[];
  curatedKeys: string[];
  removedAliases: string[];
  removedKeys: string[];
  /** The last curation (not undone) that changed this actor: only that one may be undone. */
  lastCuration: string | null;
  aliases: string[];
  mentionCount: number;
  documentCount: number;
}

/** A document behind the curated actors, as it was: undo is refused when any of these changed. */
export interface DocumentStamp {
  id: string;
  contentHash: string | null;
  ingestedAt: string | null;
}
