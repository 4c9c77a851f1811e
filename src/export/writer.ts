import type { ExportEdge, ExportNode } from '../model/export-rows.js';

/**
 * A format serializer for one output stream: rows in, text chunks out, no I/O.
 * The caller writes start(), every node, every edge, then end(), in that
 * order (XML formats close the node list before the first edge).
 */
export interface GraphWriter {
  start(): string;
  node(node: ExportNode): string;
  edge(edge: ExportEdge): string;
  end(): string;
}

/** Keeps a writer's calls in order; a misuse is a programming error, so it throws plainly. */
export class WriterPhase {
  private phase: 'new' | 'nodes' | 'edges' | 'ended' = 'new';

  start(): void {
    this.expect(['new'], 'start');
    this.phase = 'nodes';
  }

  node(): void {
    this.expect(['nodes'], 'node');
  }

  /** Returns true on the first edge, when formats close their node section. */
  edge(): boolean {
    this.expect(['nodes', 'edges'], 'edge');
    const first = this.phase === 'nodes';
    this.phase = 'edges';
    return first;
  }

  /** Returns true when no edge was written, so the edge section still has to be opened. */
  end(): boolean {
    this.expect(['nodes', 'edges'], 'end');
    const noEdges = this.phase === 'nodes';
    this.phase = 'ended';
    return noEdges;
  }

  private expect(allowed: Array<typeof this.phase>, call: string): void {
    if (!allowed.includes(this.phase)) throw new Error(`export writer: ${call}() called after ${this.phase === 'new' ? 'nothing' : this.phase}`);
  }
}
