import { join } from 'node:path';
import type { Graph } from '../../src/graph/client.js';
import { loadQueries } from '../../src/graph/cypher.js';
import type { DocumentInput } from '../../src/model/document.js';
import { SAMPLES_DIR } from '../../src/paths.js';
import { expandInputs, readDocuments } from '../../src/pipeline/inputs.js';

/** Test oracles: plain statements over the graph, independent of the API's own. */
export const oracle = loadQueries(
  {
    census: 'api/census',
    actors: 'api/all-actors',
    events: 'api/all-events',
    relations: 'api/all-relations',
    documents: 'api/all-documents',
    neighbors: 'api/neighbors',
    coMentions: 'api/co-mentions',
    indexHits: 'api/index-hits',
  },
  join(import.meta.dirname, '..', 'cypher'),
);

export interface OracleActor {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  mentionCount: number;
  documentCount: number;
}

export interface OracleEvent {
  id: string;
  type: string;
  date: string | null;
  place: string | null;
  participants: Array<{ entity: string; role: string; docs: number }>;
  reportDocs: string[];
}

export interface OracleRelation {
  subject: string;
  predicate: string;
  object: string;
  sourceCount: number;
}

export interface OracleDocument {
  id: string;
  publishedAt: string | null;
  sentenceCount: number;
  entities: Array<{ entity: string; mentions: number }>;
}

/** The sample documents as the files give them, by id: their text is what spans point into. */
export async function sampleDocuments(): Promise<Map<string, DocumentInput>> {
  const { files } = await expandInputs([SAMPLES_DIR]);
  const docs = new Map<string, DocumentInput>();
  for (const file of files) {
    for await (const item of readDocuments(file)) if (item.kind === 'document') docs.set(item.doc.id, item.doc);
  }
  return docs;
}

/** Whether a date of any precision overlaps [from, to] at the precision both have (the contract of `events` and `documents`). */
export function inRange(date: string | null, from: string | null, to: string | null): boolean {
  if (from === null && to === null) return true;
  if (date === null) return false;
  const cut = (a: string, b: string) => [a.slice(0, Math.min(a.length, b.length)), b.slice(0, Math.min(a.length, b.length))] as const;
  if (from !== null) {
    const [d, f] = cut(date, from);
    if (d < f) return false;
  }
  if (to !== null) {
    const [d, t] = cut(date, to);
    if (d > t) return false;
  }
  return true;
}

export async function loadOracle(graph: Graph) {
  const [actors, events, relations, documents, [census]] = await Promise.all([
    graph.read<OracleActor>(oracle.actors),
    graph.read<OracleEvent>(oracle.events),
    graph.read<OracleRelation>(oracle.relations),
    graph.read<OracleDocument>(oracle.documents),
    graph.read<{ documents: number; sentences: number; actors: number; places: number; events: number; entities: number }>(oracle.census),
  ]);
  return { actors, events, relations, documents, census: census! };
}
