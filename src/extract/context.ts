import type { DocumentInput } from '../model/document.js';
import type { TextSpan } from '../model/extraction.js';
import { type DateMatch, resolveDates, scanDates } from './dates.js';
import type { NlpDocument } from './nlp.js';
import type { DocumentContext, ParsedSentence, ParsedTerm } from './types.js';

/** The evidence of a fact read from a mention: the sentence that holds it, or the mention itself when none does. */
export function sentenceOf(ctx: Pick<DocumentContext, 'sentences'>, mention: TextSpan): TextSpan {
  const s = ctx.sentences.find((x) => x.start <= mention.start && mention.start < x.end);
  return s ? { start: s.start, end: s.end } : { start: mention.start, end: mention.end };
}

/** The context of a document: one parse, its sentences and terms with offsets. */
export function documentContext(doc: DocumentInput, parsed: NlpDocument): DocumentContext {
  const parsedSentences = readParse(parsed)
    .map((s) => ({ ...s, terms: alignTerms(doc.text, s.terms) }))
    .filter((s) => s.terms.length > 0);
  const dates = scanDates(doc.text);
  tagDateTerms(doc, dates, parsedSentences);
  const sentences = parsedSentences.map((s, index) => {
    const { start, end } = sentenceSpan(doc.text, s.terms);
    s.offset = { ...s.offset, start, length: end - start };
    return { index, start, end, text: doc.text.slice(start, end) };
  });
  return { doc, text: doc.text, parsed, parsedSentences, sentences, dates };
}

/**
 * The parse's sentences and terms with offsets, read straight from compromise's
 * term lists: its `json()` renders every sentence's text twice and copies every
 * term, which cost as much as the rest of this context.
 */
const NO_TAGS: ReadonlySet<string> = new Set();

function readParse(parsed: NlpDocument): ParsedSentence[] {
  let elapsed = 0;
  return parsed.document.map((terms) => {
    const out: ParsedTerm[] = terms.map((t) => {
      // As compromise's `offset` computation: each term's pre, text and post, in order.
      const start = elapsed + t.pre.length;
      elapsed = start + t.text.length + t.post.length;
      return { text: t.text, pre: t.pre, post: t.post, tags: t.tags ?? NO_TAGS, offset: { start, length: t.text.length } };
    });
    return { offset: { start: out[0]?.offset.start ?? elapsed, length: 0 }, terms: out };
  });
}

/**
 * Every word inside a date the text names ("3 March 2014", "last week",
 * "two days ago") is tagged `Date`, as compromise-dates' hook did, from the
 * same regexes that resolve event dates: one date finder for the whole
 * extractor.
 */
function tagDateTerms(doc: DocumentInput, matches: readonly DateMatch[], sentences: ParsedSentence[]): void {
  const dates = resolveDates(doc.text, matches, doc.publishedAt);
  if (dates.length === 0) return;
  let d = 0;
  for (const s of sentences) {
    for (const t of s.terms) {
      const start = t.offset.start;
      while (d < dates.length && dates[d]!.end <= start) d++;
      const date = dates[d];
      // Copied, not added to: the set is compromise's own.
      if (date && date.start < start + t.offset.length) t.tags = new Set(t.tags).add('Date');
    }
  }
}

/**
 * compromise's offsets drift on some input (a dash or an emoji before a word,
 * a tag glued to a word), and a sentence's length counts the text around its
 * first term. Every term is placed where its text really is, searching forward
 * from the previous one, so that `text.slice(start, start + length)` is the term.
 */
function alignTerms(text: string, terms: ParsedTerm[]): ParsedTerm[] {
  // The terms are readParse's own objects: placed in place.
  let cursor = terms[0] ? Math.max(0, Math.min(terms[0].offset.start, text.length)) : 0;
  for (const t of terms) {
    const { start, length } = t.offset;
    const at = text.startsWith(t.text, start) && start >= cursor ? start : text.indexOf(t.text, cursor);
    if (!t.text || at < 0 || at - cursor > 64 + t.text.length) {
      // Not findable near where it should be: keep what compromise said, clamped inside the text.
      t.offset.start = Math.min(Math.max(start, cursor), text.length);
      t.offset.length = Math.max(0, Math.min(length, text.length - t.offset.start));
    } else {
      t.offset.start = at;
      t.offset.length = t.text.length;
    }
    cursor = t.offset.start + t.offset.length;
  }
  return terms;
}

/** From the first term to the last one's trailing punctuation, inside the text. */
function sentenceSpan(text: string, terms: ParsedTerm[]): { start: number; end: number } {
  const first = terms[0]!.offset;
  const last = terms[terms.length - 1]!;
  const start = first.start;
  let end = last.offset.start + last.offset.length;
  const trailing = /^[^\s]*/.exec(last.post ?? '')?.[0] ?? '';
  if (trailing && text.startsWith(trailing, end)) end += trailing.length;
  return { start, end: Math.max(start, Math.min(end, text.length)) };
}
