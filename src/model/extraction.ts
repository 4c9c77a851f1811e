import type { EntityType, EventType, Predicate, Role } from './ontology.js';

/** A span of the document text: UTF-16 offsets, `end` exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface Mention extends TextSpan {
  /** The exact text at [start, end). */
  text: string;
}

export interface ExtractedEntity {
  /** Document-local id: "e1", "e2", ... */
  id: string;
  /** Canonical name: the longest proper form seen in the document. */
  name: string;
  type: EntityType;
  /** Every other surface form that refers to it. */
  aliases: string[];
  mentions: Mention[];
}

export interface ExtractedRelation {
  subject: string;
  predicate: Predicate;
  object: string;
  confidence: number;
  /** The sentence (or clause) that states it. */
  evidence: TextSpan;
}

export interface EventParticipant {
  entity: string;
  role: Role;
}

export interface ExtractedEvent {
  /** Document-local id: "v1", "v2", ... */
  id: string;
  type: EventType;
  /** ISO 8601 of any precision, when the text gives one. */
  date?: string;
  /** Id of a Place entity. */
  place?: string;
  trigger: Mention;
  participants: EventParticipant[];
  evidence: TextSpan;
  /** How sure the extractor is, 0..1: ordered by trigger form, frame completeness and mood, not calibrated. */
  confidence?: number;
}

/** What `extract` returns for one document: the format of ../shared/eval/README.md. */
export interface Extraction {
  document: {
    id: string;
    title?: string;
    url?: string;
    publishedAt?: string;
    /** Changes whenever rules or lexicons change, so stored facts say which extractor made them. */
    extractorVersion: string;
  };
  /** Sentence spans, in order: the unit of provenance ("the sentence that says it"). */
  sentences: TextSpan[];
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
  events: ExtractedEvent[];
}
