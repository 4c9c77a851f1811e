import type { ExportEdge, ExportNode } from '../model/export-rows.js';

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
