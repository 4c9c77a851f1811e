import { loadQueries } from '../cypher.js';
import type { Reader } from './read.js';

const q = loadQueries({
  labels: 'admin/node-counts',
  entityTypes: 'api/stats-entity-types',
  eventTypes: 'api/stats-event-types',
  predicates: 'api/stats-predicates',
});

export interface Count {
  key: string;
  count: number;
}

export interface StatsRecord {
  documents: number;
  sentences: number;
  actors: number;
  places: number;
  events: number;
  labels: Count[];
  entityTypes: Count[];
  eventTypes: Count[];
  predicates: Count[];
}

/** Labels that are bookkeeping, not knowledge. */
const HIDDEN_LABELS = new Set(['SchemaMigration']);

export async function graphStats(r: Reader): Promise<StatsRecord> {
  const [labelRows, entityTypes, eventTypes, predicates] = await Promise.all([
    r.read<{ label: string; count: number }>(q.labels),
    r.read<Count>(q.entityTypes),
    r.read<Count>(q.eventTypes),
    r.read<Count>(q.predicates),
  ]);
  const labels = labelRows.filter((row) => !HIDDEN_LABELS.has(row.label)).map((row) => ({ key: row.label, count: row.count }));
  const of = (label: string) => labels.find((l) => l.key === label)?.count ?? 0;
  return {
    documents: of('Document'),
    sentences: of('Sentence'),
    actors: of('Actor'),
    places: of('Place'),
    events: of('Event'),
    labels,
    entityTypes,
    eventTypes,
    predicates,
  };
}
