import type { DocumentInput } from '../model/document.js';
import type { Extraction, TextSpan } from '../model/extraction.js';
import { normalizeName } from '../model/names.js';
import type { EntityType } from '../model/ontology.js';

/**
 * One document's extraction, shaped as the rows the Cypher write statements
 * UNWIND: one list per kind of fact. Pure: no driver here.
 */
export interface DocumentRows {
  document: {
    id: string;
    title: string | null;
    url: string | null;
    publishedAt: string | null;
    contentHash: string;
    extractorVersion: string;
    sentenceCount: number;
  };
  sentences: Array<{ id: string; index: number; start: number; end: number; text: string }>;
  entities: EntityRow[];
  mentions: Array<{ local: string; sentenceId: string; start: number; end: number; text: string }>;
  claims: Array<{ id: string; predicate: string; subject: string; object: string; confidence: number; start: number; end: number; sentenceId: string }>;
  events: EventRow[];
}

export interface EntityRow {
  /** The extraction's id ("e3"), replaced by a graph id after resolution. */
  local: string;
  type: EntityType;
  labels: string[];
  name: string;
  normName: string;
  /** The id a new node gets: deterministic, so concurrent writers agree. */
  newId: string;
  canonicalKey: string;
  /** Every key: canonical first, then aliases. */
  keys: string[];
  /** Names this document used for it. */
  surfaceNames: string[];
  mentionCount: number;
}

export interface EventRow {
  local: string;
  type: string;
  date: string | null;
  place: string | null;
  participants: Array<{ local: string; role: string }>;
  sentenceId: string;
  start: number;
  end: number;
  trigger: string;
  triggerStart: number;
  triggerEnd: number;
}

export function entityKey(type: string, name: string): string {
  return `${type}|${normalizeName(name)}`;
}

export function entityNodeId(type: string, normName: string): string {
  return `${type.toLowerCase()}:${normName}`;
}

export function toDocumentRows(doc: DocumentInput, contentHash: string, extraction: Extraction): DocumentRows {
  const text = doc.text;
  const sentenceSpans: TextSpan[] = extraction.sentences.length > 0 ? extraction.sentences : [{ start: 0, end: text.length }];
  const sentences = sentenceSpans.map((s, index) => ({ id: `${doc.id}#${index}`, index, start: s.start, end: s.end, text: text.slice(s.start, s.end) }));
  const starts = sentences.map((s) => s.start);
  /** The sentence holding a span's start (binary search over sorted starts). */
  const sentenceAt = (offset: number): string => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return sentences[lo]!.id;
  };

  const entities: EntityRow[] = [];
  const mentions: DocumentRows['mentions'] = [];
  for (const e of extraction.entities) {
    const normName = normalizeName(e.name);
    if (normName === '') continue;
    const surfaceNames = unique([e.name, ...e.aliases, ...e.mentions.map((m) => m.text)]);
    const keys = unique([entityKey(e.type, e.name), ...surfaceNames.map((n) => entityKey(e.type, n))]).filter((k) => !k.endsWith('|'));
    entities.push({
      local: e.id,
      type: e.type,
      labels: e.type === 'Place' ? ['Place'] : ['Actor', e.type],
      name: e.name,
      normName,
      newId: entityNodeId(e.type, normName),
      canonicalKey: keys[0]!,
      keys,
      surfaceNames,
      mentionCount: e.mentions.length,
    });
    for (const m of e.mentions) mentions.push({ local: e.id, sentenceId: sentenceAt(m.start), start: m.start, end: m.end, text: m.text });
  }
  const known = new Set(entities.map((e) => e.local));

  const claims: DocumentRows['claims'] = extraction.relations
    .filter((r) => known.has(r.subject) && known.has(r.object) && r.subject !== r.object)
    .map((r, i) => ({
      id: `${doc.id}#r${i + 1}`,
      predicate: r.predicate,
      subject: r.subject,
      object: r.object,
      confidence: r.confidence,
      start: r.evidence.start,
      end: r.evidence.end,
      sentenceId: sentenceAt(r.evidence.start),
    }));

  const events: EventRow[] = extraction.events.map((v) => ({
    local: v.id,
    type: v.type,
    date: v.date ?? null,
    place: v.place !== undefined && known.has(v.place) ? v.place : null,
    participants: v.participants.filter((p) => known.has(p.entity)).map((p) => ({ local: p.entity, role: p.role })),
    sentenceId: sentenceAt(v.trigger.start),
    start: v.evidence.start,
    end: v.evidence.end,
    trigger: v.trigger.text,
    triggerStart: v.trigger.start,
    triggerEnd: v.trigger.end,
  }));

  return {
    document: {
      id: doc.id,
      title: doc.title ?? null,
      url: doc.url ?? null,
      publishedAt: doc.publishedAt ?? null,
      contentHash,
      extractorVersion: extraction.document.extractorVersion,
      sentenceCount: sentences.length,
    },
    sentences,
    entities,
    mentions,
    claims,
    events,
  };
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const key = normalizeName(v);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(v);
  }
  return out;
}
