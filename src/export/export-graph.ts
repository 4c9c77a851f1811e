import type { ExportEdge, ExportNode, GraphSource } from '../model/export-rows.js';
import type { GraphWriter } from './writer.js';

/** Receives text; resolves when the destination can take more (backpressure). */
export interface ChunkSink {
  write(chunk: string): Promise<void>;
}

/** One output stream: a writer for its format and the sink its text goes to (CSV has two). */
export interface ExportOutput {
  writer: GraphWriter;
  sink: ChunkSink;
}

export interface ExportProgress {
  phase: 'nodes' | 'edges';
  nodes: number;
  edges: number;
}

export interface ExportSummary {
  nodes: number;
  edges: number;
  /** Nodes by kind (Actor, Place, Event). */
  byKind: Record<string, number>;
  /** Edges left out because an end was not among the exported nodes (the graph changed during the export). */
  danglingEdges: number;
}

/**
 * Streams a graph from its source into every output: nodes first, then edges,
 * a page at a time. Keeps only the exported node ids, so that every edge
 * written has both ends in the file — pages are read in separate
 * transactions, and an ingest running meanwhile could add an edge to a node
 * the node pass did not see; Gephi and strict GraphML readers reject or
 * invent such nodes.
 */
export async function exportGraph(
  source: GraphSource,
  outputs: readonly ExportOutput[],
  opts: { onProgress?: (p: ExportProgress) => void } = {},
): Promise<ExportSummary> {
  const summary: ExportSummary = { nodes: 0, edges: 0, byKind: {}, danglingEdges: 0 };
  const exported = new Set<string>();
  const emit = async (render: (writer: GraphWriter) => string) => {
    for (const out of outputs) {
      const chunk = render(out.writer);
      if (chunk !== '') await out.sink.write(chunk);
    }
  };

  await emit((w) => w.start());
  for await (const page of source.nodes()) {
    const fresh = page.filter((n) => !exported.has(n.id));
    for (const n of fresh) {
      exported.add(n.id);
      summary.byKind[n.kind] = (summary.byKind[n.kind] ?? 0) + 1;
    }
    summary.nodes += fresh.length;
    await emit((w) => fresh.map((n) => w.node(n)).join(''));
    opts.onProgress?.({ phase: 'nodes', nodes: summary.nodes, edges: 0 });
  }
  for await (const page of source.edges()) {
    const kept: ExportEdge[] = [];
    for (const e of page) {
      if (exported.has(e.source) && exported.has(e.target)) kept.push({ id: `e${summary.edges + kept.length}`, ...e });
      else summary.danglingEdges++;
    }
    summary.edges += kept.length;
    await emit((w) => kept.map((e) => w.edge(e)).join(''));
    opts.onProgress?.({ phase: 'edges', nodes: summary.nodes, edges: summary.edges });
  }
  await emit((w) => w.end());
  return summary;
}
