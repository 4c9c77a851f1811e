import type { DocumentInput } from '../model/document.js';
import type { Extraction, TextSpan } from '../model/extraction.js';
import { acronymLetters, initialsOf, isAcronym, nameTokens, normalizeName } from '../model/names.js';
import type { EntityType } from '../model/ontology.js';
import { countryCommonName, isGenericActor, stripPersonTitles } from './name-data.js';

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
  /**
   * A generic actor ("police", "copper miners") is one node per place: this is
   * the document's main place ("lisbon"), or "doc:<id>" when it names none;
   * null for every other entity.
   */
  scope: string | null;
  /** A Person or a named Organization: what can make two reports one event. */
  specific: boolean;
  /** The letters of its name when the name is an acronym ("kdp" for "KDP"). */
  acronym: string | null;
  /** The initials of its name of several words ("kdp" for "Kurdistan Democratic Party"). */
  initials: string | null;
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
  /** The extractor's confidence in this report; the event keeps the highest of its reports'. */
  confidence: number | null;
}

/**
 * The name that identifies an entity of this type, normalized: a person
 * without the titles before the name ("President Ana Ruiz" → "ana ruiz"), a
 * country under its common name ("Russian Federation" → "russia").
 */
export function identityName(type: string, name: string): string {
  const norm = normalizeName(name);
  if (type === 'Person') return stripPersonTitles(norm);
  if (type === 'Place') return countryCommonName(norm) ?? norm;
  return norm;
}

export function entityKey(type: string, name: string, scope: string | null = null): string {
  const norm = identityName(type, name);
  return norm === '' ? '' : `${type}|${norm}${scope ? `@${scope}` : ''}`;
}

/** Every key a name gives: its identity key, and the bare letters of an acronym ("U.N." → "un"). */
function keysOfName(type: string, name: string, scope: string | null): string[] {
  const keys = [entityKey(type, name, scope)];
  if (isAcronym(name)) keys.push(`${type}|${acronymLetters(name)}${scope ? `@${scope}` : ''}`);
  return keys;
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
  const place = mainPlace(extraction);
  for (const e of extraction.entities) {
    const normName = identityName(e.type, e.name);
    if (normName === '') continue;
    const generic = isGenericActor(e.type, e.name);
    const scope = generic ? (place ?? `doc:${doc.id}`) : null;
    const surfaceNames = unique([e.name, ...e.aliases, ...e.mentions.map((m) => m.text)]);
    const keys = [...new Set([...keysOfName(e.type, e.name, scope), ...surfaceNames.flatMap((n) => keysOfName(e.type, n, scope))])].filter((k) => k !== '');
    const acronym = !generic && e.type !== 'Person' && isAcronym(e.name) ? acronymLetters(e.name) : null;
    entities.push({
      local: e.id,
      type: e.type,
      labels: e.type === 'Place' ? ['Place'] : ['Actor', e.type],
      name: e.name,
      normName,
      newId: entityNodeId(e.type, scope ? `${normName}@${scope}` : normName),
      canonicalKey: keys[0]!,
      keys,
      surfaceNames,
      mentionCount: e.mentions.length,
      scope,
      specific: !generic && (e.type === 'Person' || e.type === 'Organization'),
      acronym,
      initials: !generic && e.type !== 'Person' && !acronym ? initialsOf(normName) : null,
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
    confidence: v.confidence ?? null,
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

/**
 * The place a document is about: its most mentioned place (the first named
 * among equals), under its identity name; null when it names none.
 */
function mainPlace(extraction: Extraction): string | null {
  let best: { name: string; count: number; first: number } | undefined;
  for (const e of extraction.entities) {
    if (e.type !== 'Place' || e.mentions.length === 0) continue;
    const name = identityName('Place', e.name);
    if (name === '') continue;
    const count = e.mentions.length;
    const first = Math.min(...e.mentions.map((m) => m.start));
    if (!best || count > best.count || (count === best.count && first < best.first)) best = { name, count, first };
  }
  return best?.name ?? null;
}

/** The words of a person's identity name, for matching fuller and shorter forms ("sebastian pinera" in "miguel sebastian pinera"). */
export function personTokens(row: Pick<EntityRow, 'type' | 'normName'>): string[] {
  return row.type === 'Person' ? nameTokens(row.normName) : [];
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
