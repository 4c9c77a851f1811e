import type { Candidate } from './candidate.js';
import { P } from './candidate.js';
import { lookupPlace } from './gazetteer.js';
import { foldText } from '../../model/text.js';
import { lex } from './lexicons.js';
import { abbreviates, acronymCandidate, isOrgHead, orgShape } from './organizations.js';
import { namePart, type NameSpan } from './spans.js';
import { isAcronymShape, isCap, type Token } from './tokens.js';

/**
 * Definitions in parentheses: "Long Name (ABC)", "ABC (Long Name)", and a
 * lowercase long form "the national association of pilots (Napa)". Both
 * forms become mentions that name each other (`sameAs`).
 */
export function definitions(tokens: Token[], spans: NameSpan[], text: string): Candidate[] {
  const out: Candidate[] = [];
  const spanEndingAt = new Map(spans.map((s) => [s.to - 1, s]));
  const spanStartingAt = new Map(spans.map((s) => [s.from, s]));
  for (let j = 0; j + 1 < tokens.length; j++) {
    const before = tokens[j]!;
    if (!/\(\s*$/.test(before.post)) continue;
    const inside = tokens[j + 1]!;
    const closesAt = findClose(tokens, j + 1);
    if (closesAt < 0) continue;
    // Case A: Long (SHORT)
    if (closesAt === j + 1 && isCap(inside.text) && /^[\p{L}.&]+$/u.test(inside.text) && !lookupPlace(inside.text)) {
      const span = spanEndingAt.get(j);
      let long: { start: number; end: number; from: number; to: number } | undefined;
      if (span) long = exactLongForm(tokens, spanEndingAt, span, inside.text, text) ?? { start: span.start, end: span.end, from: span.from, to: span.to };
      else long = lowercaseLongForm(tokens, j);
      if (!long) continue;
      const longText = text.slice(long.start, long.end);
      const fit = abbreviates(inside.text, longText);
      const shaped = orgShape(tokens, long.from, long.to, false) > 0 || tokens.slice(long.from, long.to).some((t) => isOrgHead(t) || lex.lowerOrgHeads().has(t.lower));
      if (!fit && !(shaped && (isAcronymShape(inside.text) || (inside.text.match(/\p{Lu}/gu) ?? []).length >= 2 || !span || lettersInOrder(inside.text, longText)))) continue;
      if (!acronymCandidate(inside) && !fit && !shaped) continue;
      const type = lookupPlace(longText) ? 'Place' : 'Organization';
      out.push({ start: long.start, end: long.end, text: longText, type, priority: P.definition, rule: 'definition-long', sameAs: inside.text, tok: long.from, tokEnd: long.to });
      out.push({ start: inside.start, end: inside.end, text: inside.text, type, priority: P.definition, rule: 'definition-short', sameAs: longText, tok: j + 1, tokEnd: j + 2 });
      continue;
    }
    // Case B: SHORT (Long Name)
    const short = namePart(before);
    const span = spanStartingAt.get(j + 1);
    if (short && acronymCandidate(before) && span && span.to - 1 === closesAt && span.to - span.from >= 2) {
      const longText = text.slice(span.start, span.end);
      if (!abbreviates(short.text, longText) && orgShape(tokens, span.from, span.to, false) === 0) continue;
      out.push({ start: short.start, end: short.end, text: short.text, type: 'Organization', priority: P.definition, rule: 'definition-short', sameAs: longText, tok: j, tokEnd: j + 1 });
      out.push({ start: span.start, end: span.end, text: longText, type: 'Organization', priority: P.definition, rule: 'definition-long', sameAs: short.text, tok: span.from, tokEnd: span.to });
    }
  }
  return out;
}

/** Small words that sit between the spans of a long name the acronym spells out. */
const LONG_FORM_LINKS = new Set(['of', 'for', 'and', '&', 'the', 'de', 'on', 'in', 'to']);

/**
 * "Movement for the Liberation of Westland (MLW)": the name spans stop at "of", but
 * an acronym whose letters are the initials of the spans before it, joined by
 * small words, names them all. Up to two spans back; only an exact fit.
 */
function exactLongForm(tokens: Token[], endingAt: Map<number, NameSpan>, last: NameSpan, acronym: string, text: string): { start: number; end: number; from: number; to: number } | undefined {
  if (abbreviates(acronym, text.slice(last.start, last.end)) === 'exact') return undefined;
  let first = last;
  for (let step = 0; step < 2; step++) {
    let k = first.from - 1;
    while (k >= 0 && first.from - k <= 2 && LONG_FORM_LINKS.has(tokens[k]!.lower) && !/[^ \t]/.test(tokens[k]!.post)) k--;
    if (k === first.from - 1 || k < 0 || /[^ \t]/.test(tokens[k]!.post)) return undefined;
    const prev = endingAt.get(k);
    if (!prev || tokens[prev.from]!.sentence !== tokens[last.from]!.sentence) return undefined;
    first = prev;
    if (abbreviates(acronym, text.slice(first.start, last.end)) === 'exact') return { start: first.start, end: last.end, from: first.from, to: last.to };
  }
  return undefined;
}

function findClose(tokens: Token[], from: number): number {
  for (let k = from; k < tokens.length && k < from + 12; k++) {
    if (/\)/.test(tokens[k]!.post)) return k;
    if (/\(/.test(tokens[k]!.post)) return -1;
  }
  return -1;
}

/** "the Danish association of harbour pilots (X)": back to the article. */
function lowercaseLongForm(tokens: Token[], j: number): { start: number; end: number; from: number; to: number } | undefined {
  let k = j;
  while (k > 0 && k > j - 8) {
    const p = tokens[k - 1]!;
    if (/[^ \t]/.test(p.post)) break;
    if (/^(the|a|an)$/.test(p.lower) || p.tags.has('Verb') || (p.tags.has('Preposition') && p.lower !== 'of')) break;
    k--;
  }
  if (k === j) return undefined;
  // the phrase must start with a content word and hold an organization head
  while (k < j && tokens[k]!.lower === 'of') k++;
  const words = tokens.slice(k, j + 1);
  if (!words.some((t) => lex.lowerOrgHeads().has(t.lower) || isOrgHead(t))) return undefined;
  return { start: tokens[k]!.start, end: tokens[j]!.end, from: k, to: j + 1 };
}

/** "Confech" in "Confederation of Chilean Students": a short form made of the long form's letters, in order, same first letter. */
function lettersInOrder(short: string, long: string): boolean {
  const a = foldText(short).replace(/[^a-z]/g, '');
  const b = foldText(long).replace(/[^a-z]/g, '');
  if (!a || a[0] !== b[0]) return false;
  let i = 0;
  for (const ch of b) if (ch === a[i]) i++;
  return i === a.length;
}
