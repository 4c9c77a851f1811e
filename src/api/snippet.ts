import { queryTerms, termMatches } from '../graph/queries/lucene.js';
import { foldText } from '../model/text.js';

export interface Snippet {
  text: string;
  highlights: Array<{ start: number; end: number }>;
  html: string;
}

/** Longest text a sentence snippet keeps; longer ones are cut around the first match. */
const MAX_SNIPPET = 240;

/**
 * Marks the words of `text` that match the query the way the full-text search
 * does (accents and case folded, one typo in long words, prefixes of short ones).
 */
export function highlight(text: string, query: string, maxLength = MAX_SNIPPET): Snippet {
  const terms = queryTerms(query);
  let shown = text;
  let offset = 0;
  const all = matches(text, terms);
  if (text.length > maxLength) {
    const first = all[0]?.start ?? 0;
    offset = Math.max(0, Math.min(first - Math.floor(maxLength / 4), text.length - maxLength));
    shown = text.slice(offset, offset + maxLength);
  }
  const highlights = all
    .filter((m) => m.start >= offset && m.end <= offset + shown.length)
    .map((m) => ({ start: m.start - offset, end: m.end - offset }));
  return { text: shown, highlights, html: toHtml(shown, highlights) };
}

/** How many query terms a name matches: picks the name or alias an entity hit is shown with. */
export function matchScore(text: string, query: string): number {
  const terms = queryTerms(query);
  const words = wordsOf(text).map((w) => w.folded);
  return terms.filter((t) => words.some((w) => termMatches(w, t))).length;
}

function matches(text: string, terms: string[]): Array<{ start: number; end: number }> {
  if (terms.length === 0) return [];
  return wordsOf(text)
    .filter((w) => terms.some((t) => termMatches(w.folded, t)))
    .map(({ start, end }) => ({ start, end }));
}

function wordsOf(text: string): Array<{ start: number; end: number; folded: string }> {
  return [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, folded: foldText(m[0]) }));
}

function toHtml(text: string, highlights: Array<{ start: number; end: number }>): string {
  let out = '';
  let at = 0;
  for (const h of highlights) {
    out += escapeHtml(text.slice(at, h.start)) + '<mark>' + escapeHtml(text.slice(h.start, h.end)) + '</mark>';
    at = h.end;
  }
  return out + escapeHtml(text.slice(at));
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
