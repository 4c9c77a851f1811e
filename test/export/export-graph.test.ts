import { describe, expect, it } from 'vitest';
import { csvEdgesWriter, csvNodesWriter } from '../../src/export/csv.js';
import type { GraphSource, SourceEdge } from '../../src/model/export-rows.js';
import { type ChunkSink, exportGraph } from '../../src/export/export-graph.js';
import { jsonWriter } from '../../src/export/json.js';
import type { ExportNode } from '../../src/model/export-rows.js';
import { TRICKY_EDGES, TRICKY_NODES } from './fixtures.js';
import { csvObjects } from './helpers.js';

const sourceEdges: SourceEdge[] = TRICKY_EDGES.map(({ id: _id, ...e }) => e);

/** An in-memory source that hands out its rows in pages of `size`. */
function memorySource(nodes: ExportNode[], edges: SourceEdge[], size: number): GraphSource & { edgesRead: boolean } {
  const source = {
    edgesRead: false,
    async *nodes() {
      for (let i = 0; i < nodes.length; i += size) yield nodes.slice(i, i + size);
    },
    async *edges() {
      source.edgesRead = true;
      for (let i = 0; i < edges.length; i += size) yield edges.slice(i, i + size);
    },
  };
  return source;
}

function textSink(): ChunkSink & { text: string; writes: number } {
  const sink = {
    text: '',
    writes: 0,
    async write(chunk: string) {
      sink.text += chunk;
      sink.writes++;
    },
  };
  return sink;
}

describe('exportGraph', () => {
  it('writes every page of nodes, then every page of edges, numbering edges in order', async () => {
    const sink = textSink();
    const summary = await exportGraph(memorySource(TRICKY_NODES, sourceEdges, 2), [{ writer: jsonWriter(), sink }]);
    expect(JSON.parse(sink.text)).toEqual({ nodes: TRICKY_NODES, edges: TRICKY_EDGES });
    expect(summary).toEqual({ nodes: 5, edges: 4, byKind: { Actor: 3, Place: 1, Event: 1 }, danglingEdges: 0 });
    // start, 3 node pages, 2 edge pages, end: one write per page, not per row.
    expect(sink.writes).toBe(7);
  });

  it('feeds each output its own file: CSV nodes and edges', async () => {
    const nodes = textSink();
    const edges = textSink();
    await exportGraph(memorySource(TRICKY_NODES, sourceEdges, 3), [
      { writer: csvNodesWriter(), sink: nodes },
      { writer: csvEdgesWriter(), sink: edges },
    ]);
    expect(csvObjects(nodes.text).rows.map((r) => r.id)).toEqual(TRICKY_NODES.map((n) => n.id));
    expect(csvObjects(edges.text).rows.map((r) => r.id)).toEqual(['e0', 'e1', 'e2', 'e3']);
  });

  it('leaves out, and counts, edges whose ends were not exported; writes a node seen twice once', async () => {
    const sink = textSink();
    const stray: SourceEdge = { ...sourceEdges[0]!, target: 'person:added later' };
    const summary = await exportGraph(memorySource([...TRICKY_NODES, TRICKY_NODES[0]!], [stray, ...sourceEdges], 4), [{ writer: jsonWriter(), sink }]);
    const parsed = JSON.parse(sink.text) as { nodes: ExportNode[]; edges: Array<{ id: string; target: string }> };
    expect(parsed.nodes).toHaveLength(TRICKY_NODES.length);
    expect(parsed.edges.map((e) => e.id)).toEqual(['e0', 'e1', 'e2', 'e3']);
    expect(parsed.edges.some((e) => e.target === 'person:added later')).toBe(false);
    expect(summary.danglingEdges).toBe(1);
  });

  it('reports progress by phase', async () => {
    const seen: string[] = [];
    await exportGraph(memorySource(TRICKY_NODES, sourceEdges, 2), [{ writer: jsonWriter(), sink: textSink() }], {
      onProgress: (p) => seen.push(`${p.phase}:${p.phase === 'nodes' ? p.nodes : p.edges}`),
    });
    expect(seen).toEqual(['nodes:2', 'nodes:4', 'nodes:5', 'edges:2', 'edges:4']);
  });

  it('stops at the first failing write', async () => {
    const source = memorySource(TRICKY_NODES, sourceEdges, 1);
    let writes = 0;
    const failing: ChunkSink = {
      async write() {
        if (++writes === 3) throw new Error('disk full');
      },
    };
    await expect(exportGraph(source, [{ writer: jsonWriter(), sink: failing }])).rejects.toThrow('disk full');
    expect(writes).toBe(3);
    expect(source.edgesRead).toBe(false);
  });
});
