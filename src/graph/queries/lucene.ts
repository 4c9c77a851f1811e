/**
 * Builds safe Lucene queries from user text for the full-text indexes.
 * User text never reaches Lucene syntax: it is cut into words of letters and
 * digits (which cannot hold operators), folded like the `standard-folding`
 * analyzer (accents off, lower case), and each word becomes an exact term
 * (boosted) or a tolerant one: a fuzzy `term~1` for words of 5+ characters,
 * a prefix `term*` for shorter ones; the last word is also a prefix, so a
 * search box finds "Bachelet" while the user is still typing "Bachel". With `all`, every word is required (names:
 * "Michelle Bachelet" should not list every Bachelet); with `any`, the more
 * words a text matches the higher it ranks (sentences, free search).
 */
import { foldText } from '../../model/text.js';
const MAX_TERMS = 8;
const FUZZY_MIN_LENGTH = 5;
/** Characters with a meaning in Lucene syntax; escaped defensively even though words cannot hold them. */
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/** Accent-free, lower-case words of the text, at most MAX_TERMS. */
export function queryTerms(text: string): string[] {
  const words = foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)].slice(0, MAX_TERMS);
}


export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/** The Lucene query for the text, or null when it has no word to search. */
export function buildLuceneQuery(text: string, mode: 'all' | 'any' = 'all'): string | null {
  const terms = queryTerms(text);
  if (terms.length === 0) return null;
  return terms
    .map((t, i) => {
      const term = escapeLucene(t);
      const last = i === terms.length - 1;
      const tolerant = t.length >= FUZZY_MIN_LENGTH ? `${term}~1${last ? ` OR ${term}*` : ''}` : `${term}*`;
      return `${mode === 'all' ? '+' : ''}(${term}^2 OR ${tolerant})`;
    })
    .join(' ');
}

/** Whether a (folded) word of a text matches a query term the way the Lucene query does. */
export function termMatches(word: string, term: string): boolean {
  if (word === term || word.startsWith(term)) return true;
  return term.length >= FUZZY_MIN_LENGTH && withinOneEdit(word, term);
}

/** One insertion, deletion, substitution or swap of neighbours at most (Lucene's fuzzy distance). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  const rest = (x: number, y: number) => a.slice(x) === b.slice(y);
  if (a.length === b.length) return rest(i + 1, i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(i + 2, i + 2));
  return a.length > b.length ? rest(i + 1, i) : rest(i, i + 1);
}
