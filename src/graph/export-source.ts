import neo4j from 'neo4j-driver';
import type { ExportNode, GraphSource, SourceEdge } from '../model/export-rows.js';
import { ACTOR_TYPES, type EntityType, SYMMETRIC_PREDICATES, type Predicate } from '../model/ontology.js';
import type { Graph } from './client.js';
import { loadQueries } from './cypher.js';

const q = loadQueries({
  entities: 'export/entities',
  events: 'export/events',
  entityEdges: 'export/entity-edges',
  eventEdges: 'export/event-edges',
  documents: 'export/documents',
  documentEdges: 'export/document-edges',
});

/** What part of the graph to export. The defaults export every actor, place and event. */
export interface ExportFilter {
  /** Entity types kept; relations and participations need both ends kept. */
  entityTypes: readonly EntityType[];
  events: boolean;
  /** Adds Document nodes and their REFERS_TO edges to the entities they name. */
  documents: boolean;
  /** Only what documents whose id starts with this support (a sub-corpus). */
  docPrefix: string | null;
  /** Events whose date (a period at its precision) overlaps [since, until]; ISO dates of any precision. */
  since: string | null;
  until: string | null;
}

export const EXPORT_ALL: ExportFilter = { entityTypes: [...ACTOR_TYPES, 'Place'], events: true, documents: false, docPrefix: null, since: null, until: null };

/** What the export statements (cypher/export/*) return, row by row. */
interface EntityExportRow {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  mentionCount: number | null;
  documentCount: number | null;
}
interface EventExportRow {
  id: string;
  type: string;
  date: string | null;
  sourceCount: number | null;
}
interface DocumentExportRow {
  id: string;
  title: string | null;
  publishedAt: string | null;
  sentenceCount: number | null;
}
interface EdgeExportRow {
  target: string;
  relation: string;
  role: string | null;
  sourceCount: number | null;
  confidence: number | null;
  docIds: string[];
}

/**
 * The graph as export pages: entities, events, then documents when asked, each in id order with
 * keyset pagination (`id > last`), one read transaction per page, so a
 * graph of any size streams with one page in memory and no page costs more
 * than the one before (as SKIP would).
 */
export function graphExportSource(graph: Graph, filter: ExportFilter = EXPORT_ALL, opts: { pageSize?: number } = {}): GraphSource {
  const limit = opts.pageSize ?? 1000;
  const params = {
    types: [...filter.entityTypes],
    events: filter.events,
    // '' for "no filter" rather than null: parameters keep one type, so Neo4j plans each statement once for every filter.
    docPrefix: filter.docPrefix ?? '',
    since: filter.since ?? '',
    until: filter.until ?? '',
    // LIMIT wants an integer, and JS numbers go over Bolt as floats.
    limit: neo4j.int(limit),
  };
  const hasEntities = filter.entityTypes.length > 0;

  async function* pages<R>(query: (typeof q)[keyof typeof q], key: (row: R) => string): AsyncGenerator<R[]> {
    let after = '';
    for (;;) {
      const rows = await graph.read<R & Record<string, unknown>>(query, { ...params, after });
      if (rows.length > 0) yield rows;
      if (rows.length < limit) return;
      after = key(rows[rows.length - 1]!);
    }
  }

  return {
    async *nodes() {
      if (hasEntities) {
        for await (const rows of pages<EntityExportRow>(q.entities, (r) => r.id)) yield rows.map(entityNode);
      }
      if (filter.events) {
        for await (const rows of pages<EventExportRow>(q.events, (r) => r.id)) yield rows.map(eventNode);
      }
      if (filter.documents) {
        for await (const rows of pages<DocumentExportRow>(q.documents, (r) => r.id)) yield rows.map(documentNode);
      }
    },
    async *edges() {
      if (hasEntities) {
        for await (const rows of pages<{ source: string; edges: EdgeExportRow[] }>(q.entityEdges, (r) => r.source)) {
          const page = rows.flatMap((r) => r.edges.map((e) => entityEdge(r.source, e)));
          if (page.length > 0) yield page;
        }
      }
      if (filter.events && hasEntities) {
        for await (const rows of pages<{ source: string; places: string[] }>(q.eventEdges, (r) => r.source)) {
          const page = rows.flatMap((r) => r.places.map((place) => atEdge(r.source, place)));
          if (page.length > 0) yield page;
        }
      }
      if (filter.documents && hasEntities) {
        for await (const rows of pages<{ source: string; entities: Array<{ target: string; mentions: number | null }> }>(q.documentEdges, (r) => r.source)) {
          const page = rows.flatMap((r) => r.entities.map((e) => refersToEdge(r.source, e.target, e.mentions)));
          if (page.length > 0) yield page;
        }
      }
    },
  };
}

function entityNode(r: EntityExportRow): ExportNode {
  return {
    id: r.id,
    label: r.name,
    kind: r.type === 'Place' ? 'Place' : 'Actor',
    type: r.type,
    aliases: r.aliases,
    mentionCount: r.mentionCount ?? null,
    documentCount: r.documentCount ?? null,
    date: null,
    sourceCount: null,
  };
}

function eventNode(r: EventExportRow): ExportNode {
  return {
    id: r.id,
    label: r.date ? `${r.type} ${r.date}` : r.type,
    kind: 'Event',
    type: r.type,
    aliases: [],
    mentionCount: null,
    documentCount: null,
    date: r.date ?? null,
    sourceCount: r.sourceCount ?? null,
  };
}

function documentNode(r: DocumentExportRow): ExportNode {
  return {
    id: r.id,
    label: r.title || r.id,
    kind: 'Document',
    type: 'Document',
    aliases: [],
    mentionCount: null,
    documentCount: null,
    date: r.publishedAt ?? null,
    sourceCount: null,
  };
}

function entityEdge(source: string, e: EdgeExportRow): SourceEdge {
  return {
    source,
    target: e.target,
    label: e.role ?? e.relation,
    relation: e.relation,
    role: e.role,
    directed: !SYMMETRIC_PREDICATES.has(e.relation as Predicate),
    weight: Math.max(1, e.sourceCount ?? 1),
    sourceCount: e.sourceCount ?? null,
    confidence: e.confidence ?? null,
    docIds: e.docIds,
  };
}

function atEdge(event: string, place: string): SourceEdge {
  return { source: event, target: place, label: 'AT', relation: 'AT', role: null, directed: true, weight: 1, sourceCount: null, confidence: null, docIds: [] };
}

function refersToEdge(doc: string, entity: string, mentions: number | null): SourceEdge {
  return {
    source: doc,
    target: entity,
    label: 'REFERS_TO',
    relation: 'REFERS_TO',
    role: null,
    directed: true,
    weight: Math.max(1, mentions ?? 1),
    sourceCount: null,
    confidence: null,
    docIds: [doc],
  };
}
