import DataLoader from 'dataloader';
import type { Graph } from '../graph/client.js';
import { documentEntities, documentEvents, documentSentences, documentsByIds } from '../graph/queries/documents.js';
import {
  coMentioned,
  entitiesByIds,
  entityDocuments,
  entityEvents,
  entityRelations,
  entityTimeline,
  relationEvidence,
  type TripleKey,
  tripleKey,
} from '../graph/queries/entities.js';
import { eventEvidence, eventParticipants, eventSources, eventsByIds, type SharedEventKey, sharedEventEvidence, sharedEventKey } from '../graph/queries/events.js';
import { type Reader, readerOf } from '../graph/queries/read.js';
import { graphStats, type StatsRecord } from '../graph/queries/stats.js';
import type { ExtractorPool } from '../pipeline/extract-worker.js';
import { gatedReader, REQUEST_NEO4J_CONCURRENCY, Semaphore } from './concurrency.js';

/**
 * One family of loaders per list field: one DataLoader per distinct set of
 * arguments (`first`, filters), so every object of a page asking the same
 * field with the same arguments is served by ONE statement.
 */
function family<A, K, V>(batch: (keys: readonly K[], args: A) => Promise<V[]>, cacheKey?: (key: K) => string): (args: A) => DataLoader<K, V, string> {
  const loaders = new Map<string, DataLoader<K, V, string>>();
  return (args: A) => {
    const id = JSON.stringify(args);
    let loader = loaders.get(id);
    if (!loader) {
      loader = new DataLoader<K, V, string>((keys) => batch(keys, args), { cacheKeyFn: cacheKey ?? ((k) => String(k)), maxBatchSize: 500 });
      loaders.set(id, loader);
    }
    return loader;
  };
}

export function createLoaders(r: Reader) {
  return {
    entity: new DataLoader<string, Awaited<ReturnType<typeof entitiesByIds>>[number]>((ids) => entitiesByIds(r, ids)),
    document: new DataLoader<string, Awaited<ReturnType<typeof documentsByIds>>[number]>((ids) => documentsByIds(r, ids)),
    event: new DataLoader<string, Awaited<ReturnType<typeof eventsByIds>>[number]>((ids) => eventsByIds(r, ids)),
    entityDocuments: family((ids: readonly string[], a: { first: number }) => entityDocuments(r, ids, a.first)),
    entityRelations: family((ids: readonly string[], a: { predicate: string | null; direction: 'OUT' | 'IN' | 'BOTH'; minConfidence: number | null; first: number }) =>
      entityRelations(r, ids, a),
    ),
    relationEvidence: family((keys: readonly TripleKey[], a: { first: number }) => relationEvidence(r, keys, a.first), tripleKey),
    entityEvents: family((ids: readonly string[], a: { type: string | null; from: string | null; to: string | null; minConfidence: number | null; first: number }) =>
      entityEvents(r, ids, a),
    ),
    entityTimeline: family((ids: readonly string[], a: { minConfidence: number | null; first: number }) => entityTimeline(r, ids, a.first, a.minConfidence)),
    coMentioned: family((ids: readonly string[], a: { first: number }) => coMentioned(r, ids, a.first)),
    eventParticipants: new DataLoader((ids: readonly string[]) => eventParticipants(r, ids)),
    eventSources: new DataLoader((ids: readonly string[]) => eventSources(r, ids)),
    eventEvidence: family((ids: readonly string[], a: { first: number }) => eventEvidence(r, ids, a.first)),
    sharedEventEvidence: family((keys: readonly SharedEventKey[], a: { first: number }) => sharedEventEvidence(r, keys, a.first), sharedEventKey),
    documentEntities: family((ids: readonly string[], a: { type: string | null; first: number }) => documentEntities(r, ids, a)),
    documentEvents: family((ids: readonly string[], a: { first: number }) => documentEvents(r, ids, a.first)),
    documentSentences: family((ids: readonly string[], a: { first: number }) => documentSentences(r, ids, a.first)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * What every resolver sees: the graph (for writes), a reader with the query
 * timeout and the concurrency caps, this request's loaders, the graph's
 * counts (read once per request, however many times `stats` is asked), and
 * the extraction workers.
 */
export interface ApiContext {
  graph: Graph;
  reader: Reader;
  loaders: Loaders;
  stats: () => Promise<StatsRecord>;
  extractor: ExtractorPool;
}

export interface ContextOptions {
  queryTimeoutMs: number | undefined;
  /** Shared by every request: the process-wide cap on Neo4j statements. */
  neo4jGate: Semaphore;
  extractor: ExtractorPool;
}

export function createContext(graph: Graph, opts: ContextOptions): ApiContext {
  const reader = gatedReader(readerOf(graph, opts.queryTimeoutMs), new Semaphore(REQUEST_NEO4J_CONCURRENCY), opts.neo4jGate);
  let stats: Promise<StatsRecord> | undefined;
  return { graph, reader, loaders: createLoaders(reader), stats: () => (stats ??= graphStats(reader)), extractor: opts.extractor };
}
