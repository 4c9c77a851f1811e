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

export type AttributeType = 'string' | 'int' | 'double' | 'boolean';

export interface AttributeSpec<Row> {
  name: keyof Row & string;
  type: AttributeType;
  /** A list, written joined by LIST_SEPARATOR in the flat formats (CSV, GraphML, GEXF). */
  list?: boolean;
}

/** Joins list values in flat formats; JSON keeps real arrays. */
export const LIST_SEPARATOR = '|';

/** Node attributes beyond id and label, in the order every format writes them. */
export const NODE_ATTRIBUTES: ReadonlyArray<AttributeSpec<ExportNode>> = [
  { name: 'kind', type: 'string' },
  { name: 'type', type: 'string' },
  { name: 'aliases', type: 'string', list: true },
  { name: 'mentionCount', type: 'int' },
  { name: 'documentCount', type: 'int' },
  { name: 'date', type: 'string' },
  { name: 'sourceCount', type: 'int' },
];

/** Edge attributes beyond id, source, target, label, directed and weight. */
export const EDGE_ATTRIBUTES: ReadonlyArray<AttributeSpec<ExportEdge>> = [
  { name: 'relation', type: 'string' },
  { name: 'role', type: 'string' },
  { name: 'sourceCount', type: 'int' },
  { name: 'confidence', type: 'double' },
  { name: 'docIds', type: 'string', list: true },
];

/** An attribute value as text for the flat formats, or null when absent (nothing is written). */
export function flatValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(String).join(LIST_SEPARATOR);
  return String(value);
}
