/**
 * The end-of-ingest summary: what happened to the documents, and what the
 * graph holds after them — counted in the graph, before and after, so
 * "entities" means distinct entities, not mentions summed over documents.
 */
import type { Graph } from '../graph/client.js';
import { graphStats } from '../graph/queries/stats.js';
import { readerOf } from '../graph/queries/read.js';
import type { IngestSummary } from '../pipeline/ingest.js';
import { formatDuration, plural } from './progress.js';

export interface GraphCounts {
  documents: number;
  entities: number;
  relations: number;
  events: number;
}

export async function countGraph(graph: Graph): Promise<GraphCounts> {
  const s = await graphStats(readerOf(graph));
  return {
    documents: s.documents,
    entities: s.actors + s.places,
    relations: s.predicates.reduce((sum, p) => sum + p.count, 0),
    events: s.events,
  };
}

/** Documents seen: every input the progress counted, failed ones included. */
export function documentsSeen(s: IngestSummary): number {
  return s.new + s.updated + s.unchanged + s.failed;
}

function change(after: number, before: number, one: string): string {
  const diff = after - before;
  const what = plural(after, one);
  if (before === 0) return diff === 0 ? what : `${what} (all new)`;
  if (diff > 0) return `${what} (${diff} new, ${before} already there)`;
  if (diff < 0) return `${what} (${-diff} fewer)`;
  return `${what} (none new)`;
}

/**
 * Two lines:
 *   documents: 15 new, 0 updated, 0 unchanged, 0 failed (15 in 27s)
 *   graph: 15 documents, 120 entities (all new), 67 relations (all new), 40 events (all new)
 */
export function formatIngestSummary(s: IngestSummary, before?: GraphCounts, after?: GraphCounts): string {
  const lines = [
    `documents: ${s.new} new, ${s.updated} updated, ${s.unchanged} unchanged, ${s.failed} failed ` +
      `(${documentsSeen(s)} in ${formatDuration(s.elapsedMs / 1000)})`,
  ];
  if (before && after) {
    lines.push(
      `graph: ${plural(after.documents, 'document')}, ${change(after.entities, before.entities, 'entity')}, ` +
        `${change(after.relations, before.relations, 'relation')}, ${change(after.events, before.events, 'event')}`,
    );
  }
  return lines.join('\n');
}
