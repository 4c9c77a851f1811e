import { isDemonym, lookupPlace, maxPlaceWords, type PlaceEntry } from './gazetteer.js';
import { namePart, type NameSpan } from './spans.js';
import { isAllCaps, type Token } from './tokens.js';

/** Place look-ups inside name spans, and the contexts that make a name a place. */

const PLACE_NOUNS = new Set(['city', 'town', 'village', 'province', 'region', 'state', 'district', 'capital', 'port', 'island', 'county', 'municipality', 'suburb', 'resort']);
const PLACE_PREPS = new Set(['in', 'at', 'near', 'from', 'to', 'across', 'throughout', 'outside', 'inside', 'around', 'towards', 'toward', 'into', 'via']);

/**
 * Does the text around tokens [from, to) say "place"? "in X", "the city of
 * X", "provincial capital X", "X province", "X-based", "X, Chile", a dateline.
 */
export function placeContext(tokens: Token[], from: number, to: number): 'strong' | 'weak' | undefined {
  const prev = tokens[from - 1];
  const prev2 = tokens[from - 2];
  const last = tokens[to - 1]!;
  const next = tokens[to];
  const joinedPrev = prev !== undefined && !/[^ \t]/.test(prev.post);
  if (namePart(last)?.suffix === 'based') return 'strong';
  if (joinedPrev && prev.lower === 'of' && prev2 && PLACE_NOUNS.has(prev2.lower)) return 'strong';
  if (joinedPrev && PLACE_NOUNS.has(prev.lower) && (prev.lower === 'capital' || prev2?.lower === 'provincial')) return 'strong';
  const adjective = to - from === 1 && (tokens[from]!.tags.has('Adjective') || isDemonym(tokens[from]!.text));
  if (next && !adjective && !/[^ \t]/.test(last.post) && PLACE_NOUNS.has(next.lower) && !/^(capital|state|port)$/.test(next.lower)) return 'strong';
  if (next && !/[^ \t]/.test(last.post) && next.lower === 'provincial') return 'strong';
  // "Creedmoor, N.C." / "Hampshire, England": a town before a known state or country
  if (/^,\s*$/.test(last.post) && next) {
    const after = placeAt(tokens, to);
    if (after && (after.entry.kind === 'country' || after.entry.kind === 'abbrev' || after.entry.kind === 'subdivision')) return 'strong';
  }
  // a dateline: "KARACHI, Pakistan 1996-08-28" or "SOFIA 1996-08-26" at a line start
  if (tokens[from]!.first && isAllCaps(tokens[from]!.text) && (/^(,|\s*\(|\s+[-—–]|\s*\n)/.test(last.post) || /^\d/.test(next?.text ?? ''))) return 'strong';
  // "Creedmoor, N.C.": a state or country after "Town, "
  if (prev && /^,\s*$/.test(prev.post) && namePart(prev)) return 'weak';
  if (joinedPrev && PLACE_PREPS.has(prev.lower)) return 'weak';
  return undefined;
}

/** The longest gazetteer name starting at token `i` (within one sentence, no punctuation inside). */
export function placeAt(tokens: Token[], i: number, limit = tokens.length): { entry: PlaceEntry; to: number; end: number } | undefined {
  const first = namePart(tokens[i]!);
  if (!first) return undefined;
  const maxN = maxPlaceWords();
  let best: { entry: PlaceEntry; to: number; end: number } | undefined;
  let text = first.text;
  let end = first.end;
  for (let k = i; k < limit && k < i + maxN; k++) {
    if (k > i) {
      const t = tokens[k]!;
      const part = namePart(t) ?? (/^(of|de|la|and|the)$/.test(t.lower) ? { text: t.text, end: t.end, possessive: false, suffix: undefined } : undefined);
      if (!part || /[^ \t]/.test(tokens[k - 1]!.post) && !/^\s*$/.test(tokens[k - 1]!.post)) break;
      if (namePart(tokens[k - 1]!)?.possessive || namePart(tokens[k - 1]!)?.suffix) break;
      text += ' ' + part.text;
      end = part.end;
    }
    const entry = lookupPlace(text);
    if (entry) best = { entry, to: k + 1, end };
  }
  return best;
}

/** Every gazetteer name inside a span (for spans no other rule claimed: "SVCD Bulgaria"). */
export function placesInSpan(tokens: Token[], span: NameSpan): Array<{ from: number; to: number; entry: PlaceEntry; end: number }> {
  const out: Array<{ from: number; to: number; entry: PlaceEntry; end: number }> = [];
  for (let k = span.from; k < span.to; ) {
    const hit = placeAt(tokens, k, span.to);
    if (hit) {
      out.push({ from: k, to: hit.to, entry: hit.entry, end: hit.end });
      k = hit.to;
    } else k++;
  }
  return out;
}
