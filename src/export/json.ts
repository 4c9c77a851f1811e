import type { ExportEdge, ExportNode } from '../model/export-rows.js';
import { type GraphWriter, WriterPhase } from './writer.js';

/**
 * One JSON object `{"nodes": [...], "edges": [...]}`, written as it streams:
 * one node or edge object per line, lists as arrays, absent values as null.
 */
export function jsonWriter(): GraphWriter {
  const phase = new WriterPhase();
  let count = 0;
  const item = (value: ExportNode | ExportEdge) => `${count++ === 0 ? '' : ',\n'}${JSON.stringify(value)}`;
  return {
    start: () => (phase.start(), '{"nodes":[\n'),
    node: (n) => (phase.node(), item(n)),
    edge(e) {
      if (!phase.edge()) return item(e);
      count = 0;
      return `\n],\n"edges":[\n${item(e)}`;
    },
    end() {
      const noEdges = phase.end();
      return `${noEdges ? '\n],\n"edges":[' : ''}\n]}\n`;
    },
  };
}
