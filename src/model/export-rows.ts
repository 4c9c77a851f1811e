/**
 * What an export contains, independent of any format: one row per node and
 * per edge. Missing values are null (events have no mention counts, entities
 * no date), so every format can declare one fixed set of attributes.
 */

/** The broad class of a node: Gephi users partition by it, or by `type`. Documents only with --with-documents. */
export type NodeKind = 'Actor' | 'Place' | 'Event' | 'Document';

export interface ExportNode {
  /** The graph id (`person:michelle bachelet`, `event:<doc>:v1`). */
  id: string;
  /** The canonical name, "<Type> <date>" for an event, the title (or id) for a document. */
  label: string;
  kind: NodeKind;
  /** Person, Organization, Group, Place, or the event type (Strike, Election…). */
  type: string;
  aliases: string[];
  mentionCount: number | null;
  documentCount: number | null;
  /** Events: ISO date at whatever precision the sources give; documents: the publication date. */
  date: string | null;
  /** Events only: how many documents report it. */
  sourceCount: number | null;
}

export interface ExportEdge {
  /** Unique within one export (`e0`, `e1`…); GEXF requires edge ids. */
  id: string;
  source: string;
  target: string;
  /** The predicate, the participant's role, AT or REFERS_TO. */
  label: string;
  /** The relationship type: a predicate (SUPPORTS…), PARTICIPATED_IN, AT, or REFERS_TO (document to entity). */
  relation: string;
  /** PARTICIPATED_IN only: agent, target, participant, candidate, winner, loser. */
  role: string | null;
  /** False for predicates whose direction carries no meaning (OPPOSES, RELATIVE_OF). */
  directed: boolean;
  /** What layouts and filters use: the number of supporting documents (mentions, for REFERS_TO), at least 1. */
  weight: number;
  sourceCount: number | null;
  /** Relations only: the highest confidence among the claims that state it. */
  confidence: number | null;
  docIds: string[];
}

/** An edge as the source reads it; the exporter numbers edges in the order it writes them. */
export type SourceEdge = Omit<ExportEdge, 'id'>;

/** Where the rows come from: pages, so that no more than a page is held at once. */
export interface GraphSource {
  nodes(): AsyncIterable<ExportNode[]>;
  /** Read after every node has been written. */
  edges(): AsyncIterable<SourceEdge[]>;
}
