import neo4j from 'neo4j-driver';
import type { RecordShape } from 'neo4j-driver';
import type { Graph, Params } from '../client.js';
import type { CypherQuery } from '../cypher.js';

/** What the read functions need from the graph: read statements, with the caller's timeout. */
export interface Reader {
  read<R extends RecordShape = RecordShape>(query: CypherQuery, params?: Params): Promise<R[]>;
}

/** A reader whose every statement runs in a read transaction bounded by `timeoutMs`. */
export function readerOf(graph: Graph, timeoutMs?: number): Reader {
  return {
    read: (query, params = {}) => graph.read(query, params, timeoutMs !== undefined ? { timeoutMs } : {}),
  };
}

/** Cypher wants integers for SKIP/LIMIT; JS numbers go over Bolt as floats. */
export function int(n: number): unknown {
  return neo4j.int(Math.max(0, Math.trunc(n)));
}

/**
 * When a hub's events are walked (the graph's events in index order, each
 * tested for an edge to the hub) rather than expanded one by one: when
 * degree² > HUB_WALK_RATIO · wanted · events in the graph. A walked event costs
 * about four times an expanded one (an index entry and an edge test against
 * an expansion), and the walk should win by two to be worth its variance.
 */
export const HUB_WALK_RATIO = 8;

export interface EntityRecord {
  id: string;
  name: string;
  type: 'Person' | 'Organization' | 'Group' | 'Place';
  aliases: string[];
  mentionCount: number;
  documentCount: number;
  curated: boolean;
  place: boolean;
}

export interface DocumentRecord {
  id: string;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  ingestedAt: string | null;
  sentenceCount: number | null;
}

export interface EventRecord {
  id: string;
  type: string;
  date: string | null;
  sourceCount: number | null;
  placeId: string | null;
  /** The place's record, when the statement brought it along (null: no place). */
  place?: EntityRecord | null;
  /** Highest extraction confidence among its reports, when the writer recorded one. */
  confidence?: number | null;
}

export interface SentenceRecord {
  id: string;
  index: number;
  text: string;
  start: number;
  end: number;
  docId: string;
}

/** A sentence that states a fact, with the span of the fact in its document. */
export interface EvidenceRecord {
  document: DocumentRecord;
  sentence: SentenceRecord;
  start: number;
  end: number;
  trigger?: string | null;
  triggerStart?: number | null;
  triggerEnd?: number | null;
  confidence?: number | null;
}

/** Records in the order of `ids` (a DataLoader's contract), null for ids nothing was found for. */
export function inOrderOf<T extends { id: string }>(ids: readonly string[], records: T[]): Array<T | null> {
  const byId = new Map(records.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}

export function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return keys.map((k) => map.get(k) ?? []);
}

/**
 * How much of a list's size a caller needs: `exact` (a total count), `more`
 * (only whether rows follow the page: one extra row is fetched) or `none`.
 */
export type CountMode = 'exact' | 'more' | 'none';

/**
 * A page and its size as a list reader returns them. `total` is exact with
 * `exact`; otherwise it is a lower bound that still tells whether more rows
 * follow (skip + rows, plus one when the extra row came back).
 */
export interface Page<R> {
  rows: R[];
  total: number;
}

/** Rows fetched for a page: one more than it holds when only "is there more?" is asked. */
export function fetchLimit(limit: number, count: CountMode): number {
  return count === 'more' ? limit + 1 : limit;
}

/** A page read without a count (see Page): the extra row, if any, only raises the bound. */
export function uncountedPage<R>(rows: R[], skip: number, limit: number): Page<R> {
  return { rows: rows.slice(0, limit), total: skip + rows.length };
}

/** The text of a key made of several fields, for maps and DataLoader caches. */
export function compositeKey<F extends string>(fields: readonly F[]): (k: Record<F, string>) => string {
  return (k) => fields.map((f) => k[f]).join('\u0000');
}

/**
 * Evidence of facts named by composite keys: runs a statement that takes
 * `$keys` (the key fields only) and `$first`, whose rows carry the key's fields
 * beside the evidence, and groups the evidence in the order of `keys`.
 */
export async function evidenceOfKeys<F extends string, Row extends EvidenceRecord>(
  r: Reader,
  query: CypherQuery,
  keys: ReadonlyArray<Record<F, string>>,
  fields: readonly F[],
  first: number,
  toRecord: (row: Row) => EvidenceRecord,
): Promise<EvidenceRecord[][]> {
  const keyOf = compositeKey(fields);
  const rows = await r.read<Record<F, string> & Row>(query, { keys: keys.map((k) => Object.fromEntries(fields.map((f) => [f, k[f]]))), first: int(first) });
  return groupBy(keys.map(keyOf), rows, keyOf).map((list) => list.map(toRecord));
}

/** Records by id through a statement returning one `{<field>: record}` row per id found; in the order of `ids`, null where none. */
export async function recordsByIds<T extends { id: string }>(r: Reader, query: CypherQuery, ids: readonly string[], field: string): Promise<Array<T | null>> {
  const rows = await r.read<Record<string, T>>(query, { ids });
  return inOrderOf(ids, rows.map((row) => row[field]!));
}
