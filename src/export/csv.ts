import type { ExportEdge, ExportNode } from '../model/export-rows.js';
import { EDGE_ATTRIBUTES, flatValue, NODE_ATTRIBUTES } from './rows.js';
import { type GraphWriter, WriterPhase } from './writer.js';

/**
 * CSV as RFC 4180 writes it: a header line, CRLF line ends, a field quoted
 * when it holds a comma, a quote, CR or LF, with its quotes doubled. Lists are
 * joined by "|", absent values are empty fields. The column names `id`,
 * `label`, `source`, `target` and `weight` are those Gephi's spreadsheet import
 * looks for (in any case).
 */

export const NODE_COLUMNS: ReadonlyArray<keyof ExportNode & string> = ['id', 'label', ...NODE_ATTRIBUTES.map((a) => a.name)];
export const EDGE_COLUMNS: ReadonlyArray<keyof ExportEdge & string> = [
  'id',
  'source',
  'target',
  'label',
  'directed',
  'weight',
  ...EDGE_ATTRIBUTES.map((a) => a.name),
];

export function csvField(value: string | null): string {
  if (value === null) return '';
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(values: ReadonlyArray<string | null>): string {
  return values.map(csvField).join(',') + '\r\n';
}

function csvRow<Row>(columns: ReadonlyArray<keyof Row & string>, row: Row): string {
  return csvLine(columns.map((c) => flatValue(row[c])));
}

/** nodes.csv: writes nodes, ignores edges. */
export function csvNodesWriter(): GraphWriter {
  const phase = new WriterPhase();
  return {
    start: () => (phase.start(), csvLine(NODE_COLUMNS)),
    node: (n) => (phase.node(), csvRow(NODE_COLUMNS, n)),
    edge: () => (phase.edge(), ''),
    end: () => (phase.end(), ''),
  };
}

/** edges.csv: writes edges, ignores nodes. */
export function csvEdgesWriter(): GraphWriter {
  const phase = new WriterPhase();
  return {
    start: () => (phase.start(), csvLine(EDGE_COLUMNS)),
    node: () => (phase.node(), ''),
    edge: (e) => (phase.edge(), csvRow(EDGE_COLUMNS, e)),
    end: () => (phase.end(), ''),
  };
}
