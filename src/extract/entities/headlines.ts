import { lookupPlace } from './gazetteer.js';
import { foldText } from '../../model/text.js';
import { isKnownOrg } from './organizations.js';
import { namePart, type NameSpan } from './spans.js';
import { isAllCaps, isCap, type Token } from './tokens.js';

/**
 * Headline casing. In a line written in capitals ("RUSSIAN ARMY PULLS OUT OF
 * GROZNY") or in title case ("Rebels Seize Border Post Near Goma") a capital
 * says nothing about names, so the name spans found there are replaced by
 * the names the rest of the document confirms (written as names outside
 * headlines), the gazetteer or the known organizations. Linear in tokens.
 */

/** Small words a title-case headline leaves in lower case. */
const SMALL = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'by', 'with', 'as', 'from', 'into', 'over', 'after', 'vs', 'vs.']);
/** Longest name rebuilt inside a headline, in words. */
const MAX_WORDS = 6;

export type LineCasing = 'capitals' | 'title' | undefined;

/** How a line (or sentence) of tokens [from, to) is cased. */
export function lineCasing(tokens: Token[], from: number, to: number): LineCasing {
  // One pass, no lists: this runs on every sentence of every document.
  let words = 0;
  let caps = 0;
  let content = 0;
  let capitalized = 0;
  let laterCapitalVerb = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (!TWO_LETTERS.test(t.text)) continue;
    words++;
    if (isAllCaps(t.text)) caps++;
    if (SMALL.has(t.lower)) continue;
    content++;
    if (!isCap(t.text)) continue;
    if (capitalized > 0 && (t.tags.has('Verb') || t.tags.has('Adverb'))) laterCapitalVerb = true;
    capitalized++;
  }
  if (words < 4) return undefined;
  if (caps / words >= 0.8) return 'capitals';
  // title case: (nearly) every content word capitalized, verbs included ("Seize", "Stay")
  if (content >= 4 && capitalized / content >= 0.9 && laterCapitalVerb) return 'title';
  return undefined;
}
const TWO_LETTERS = /\p{L}.*\p{L}/u;

/** Line segments: a new one starts at each token that opens a sentence or a line. */
function segments(tokens: Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || tokens[i]!.first) {
      out.push([start, i]);
      start = i;
    }
  }
  return out;
}

const keyOf = (tokens: Token[], from: number, to: number): string =>
  foldText(tokens.slice(from, to).map((t) => namePart(t)?.text ?? t.text).join(' '));

/** Per token: 0 = ordinary text, 1 = a title-case headline, 2 = a line in capitals. */
export function headlineMarks(tokens: Token[]): Uint8Array {
  const marks = new Uint8Array(tokens.length);
  for (const [from, to] of segments(tokens)) {
    const casing = lineCasing(tokens, from, to);
    if (casing) marks.fill(casing === 'capitals' ? 2 : 1, from, to);
  }
  return marks;
}

/** Name spans with those of headline lines rebuilt from confirmed names. */
export function headlineSafeSpans(tokens: Token[], spans: NameSpan[], headline: Uint8Array): NameSpan[] {
  if (!headline.some((m) => m > 0)) return spans;
  const inHeadline = (s: NameSpan) => headline[s.from]! > 0 || headline[s.to - 1]! > 0;
  const confirmed = new Set<string>();
  for (const s of spans) if (!inHeadline(s)) confirmed.add(keyOf(tokens, s.from, s.to));
  const known = (from: number, to: number): boolean => {
    const k = keyOf(tokens, from, to);
    if (confirmed.has(k)) return true;
    const place = lookupPlace(k);
    return (place !== undefined && place.strong) || isKnownOrg(k);
  };
  const out = spans.filter((s) => !inHeadline(s));
  for (let i = 0; i < tokens.length; ) {
    if (!headline[i] || !namePart(tokens[i]!)) {
      i++;
      continue;
    }
    let best = -1;
    for (let j = i + 1; j <= tokens.length && j - i <= MAX_WORDS && headline[j - 1]; j++) {
      if (j > i + 1 && /[^ \t]/.test(tokens[j - 2]!.post)) break;
      if (namePart(tokens[j - 1]!) && known(i, j)) best = j;
    }
    if (best > 0) {
      out.push({ from: i, to: best, start: namePart(tokens[i]!)!.start, end: namePart(tokens[best - 1]!)!.end });
      i = best;
    } else i++;
  }
  return out.sort((a, b) => a.start - b.start);
}
