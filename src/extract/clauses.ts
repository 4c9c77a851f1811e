import type { ExtractedEntity } from '../model/extraction.js';
import type { EntityType } from '../model/ontology.js';
import { normalWord } from './lemma.js';
import type { DocumentContext, Sentence } from './types.js';

/** One compromise term with offsets into the document text. */
export interface Token {
  text: string;
  /** Lower case, possessive and edge punctuation removed. */
  normal: string;
  tags: ReadonlySet<string>;
  start: number;
  end: number;
  /** Punctuation and spaces around the term, as compromise gives them. */
  pre: string;
  post: string;
}

/** An entity mention placed on the token grid of its sentence. */
export interface MentionRef {
  entity: ExtractedEntity;
  type: EntityType;
  start: number;
  end: number;
  /** First and last token index (inclusive) within the sentence. */
  first: number;
  last: number;
  /** Written with a possessive: "Y's". */
  possessive: boolean;
}

export interface SentenceView {
  sentence: Sentence;
  tokens: Token[];
  /** Mentions in text order, never overlapping. */
  mentions: MentionRef[];
}

interface TermJson {
  text: string;
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  offset: { start: number; length: number };
}

const cache = new WeakMap<DocumentContext, WeakMap<ExtractedEntity[], SentenceView[]>>();

/**
 * Sentences with their tokens and entity mentions, built once per document
 * from the shared parse (no re-parsing) and shared by relations and events.
 */
export function sentenceViews(ctx: DocumentContext, entities: ExtractedEntity[]): SentenceView[] {
  let byEntities = cache.get(ctx);
  if (!byEntities) cache.set(ctx, (byEntities = new WeakMap()));
  let views = byEntities.get(entities);
  if (!views) byEntities.set(entities, (views = build(ctx, entities)));
  return views;
}

function build(ctx: DocumentContext, entities: ExtractedEntity[]): SentenceView[] {
  const json = ctx.parsedSentences as Array<{ terms: TermJson[] }>;
  const tokens: Token[] = [];
  for (const s of json) {
    let previous: Token | undefined;
    for (const t of s.terms) {
      // Implicit words of an expanded contraction ("Tanaka's" read as "Tanaka is") have no text, nor have the
      // pieces compromise splits a number range into ("(1843-1906)"); the punctuation they hold (that aside's ")",
      // a comma) still follows the word before them.
      if (!t.text) {
        if (previous) previous.post += (t.pre ?? '') + (t.post ?? '');
        continue;
      }
      const start = t.offset.start;
      previous = { text: t.text, normal: normalWord(t.text), tags: t.tags, start, end: start + t.offset.length, pre: t.pre ?? '', post: t.post ?? '' };
      tokens.push(previous);
    }
  }
  const mentions = entities
    .flatMap((entity) => entity.mentions.map((m) => ({ entity, m })))
    .sort((a, b) => a.m.start - b.m.start || b.m.end - a.m.end);
  const views: SentenceView[] = ctx.sentences.map((sentence) => ({ sentence, tokens: [], mentions: [] }));
  // Both lists are sorted by offset: one linear pass assigns them to sentences.
  let si = 0;
  for (const tok of tokens) {
    while (si < views.length - 1 && tok.start >= (views[si] as SentenceView).sentence.end) si++;
    views[si]?.tokens.push(tok);
  }
  si = 0;
  for (const { entity, m } of mentions) {
    while (si < views.length - 1 && m.start >= (views[si] as SentenceView).sentence.end) si++;
    const view = views[si];
    if (!view) continue;
    const prev = view.mentions[view.mentions.length - 1];
    if (prev && m.start < prev.end) continue;
    const first = view.tokens.findIndex((t) => t.end > m.start);
    if (first < 0) continue;
    let last = first;
    while (last + 1 < view.tokens.length && (view.tokens[last + 1] as Token).start < m.end) last++;
    const lastTok = view.tokens[last] as Token;
    view.mentions.push({
      entity,
      type: entity.type,
      start: m.start,
      end: m.end,
      first,
      last,
      // "the Rolling Stones' X": compromise keeps a bare apostrophe after a plural in the token's post.
      possessive: /^[’']s?$/.test(ctx.text.slice(m.end, Math.min(lastTok.end, m.end + 2))) || /[’']s?$/.test(lastTok.text) || (/s$/i.test(lastTok.text) && lastTok.end === m.end && /^[’'](?!\w)/.test(lastTok.post)),
    });
  }
  return views;
}

const CLAUSE_OPENERS = new Set(['which', 'who', 'whose', 'whom', 'but', 'while', 'whereas', 'although', 'though', 'because', 'since', 'after', 'before', 'when', 'where', 'if', 'unless']);
const HARD_BREAK = /[;:—–]|--|["“”]/;

/** True when a clause boundary falls between tokens i and i+1. */
/** The words between two spans of a sentence's tokens (a ends before b starts), normalized. */
export function wordsBetween(tokens: readonly Token[], a: { last: number }, b: { first: number }): string[] {
  return tokens.slice(a.last + 1, b.first).map((t) => t.normal);
}

/** A tie by one preposition: the gap is one of `prepositions`, optionally followed by "the" ("of", "of the"). */
export function isPrepositionGap(gap: readonly string[], prepositions: ReadonlySet<string>): boolean {
  return (gap.length === 1 || (gap.length === 2 && gap[1] === 'the')) && prepositions.has(gap[0]!);
}

export function isBoundary(tokens: Token[], i: number): boolean {
  const a = tokens[i];
  const b = tokens[i + 1];
  if (!a || !b) return true;
  const gap = a.post + b.pre;
  if (HARD_BREAK.test(gap)) return true;
  if (gap.includes(',') && CLAUSE_OPENERS.has(b.normal)) return true;
  return b.normal === 'but' || b.normal === 'whereas';
}

/** The clause around token i: [first, last] token indexes, inclusive. */
export function clauseAround(tokens: Token[], i: number): [number, number] {
  let first = i;
  while (first > 0 && !isBoundary(tokens, first - 1)) first--;
  let last = i;
  while (last < tokens.length - 1 && !isBoundary(tokens, last)) last++;
  return [first, last];
}

