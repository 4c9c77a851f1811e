import type { Predicate } from '../../model/ontology.js';
import { isActorType } from '../../model/ontology.js';
import { type MentionRef, type SentenceView, type Token, wordsBetween } from '../clauses.js';

/**
 * "Clashes between the two parties flared again", "the alliance between both
 * sides": the two actors last named together ("A and B") are the ones meant.
 * A news story names the sides once and then counts them. One scan of each
 * sentence's tokens for "between the two" / "between both"; the pair is kept
 * from sentence to sentence.
 */
export interface TwoSides {
  a: MentionRef;
  b: MentionRef;
  predicate: Predicate;
}

/** Nouns before "between": what the two sides do to each other. */
const BETWEEN_NOUNS = new Map<string, Predicate>([
  ...['clash', 'clashes', 'battle', 'battles', 'fighting', 'war', 'conflict', 'rivalry', 'feud', 'hostilities', 'gunbattle', 'gunbattles', 'tension', 'tensions', 'dispute', 'row'].map((w) => [w, 'OPPOSES'] as const),
  ...['alliance', 'cooperation', 'co-operation', 'partnership', 'pact', 'coalition'].map((w) => [w, 'SUPPORTS'] as const),
]);
/** How far back (in words) the noun may stand before "between": "heavy fighting broke out between". */
const NOUN_REACH = 4;

/** The relation a sentence states between "the two" sides, or undefined; `pair` is the last pair named together. */
export function twoSides(view: SentenceView, pair: [MentionRef, MentionRef] | undefined): TwoSides | undefined {
  const { tokens } = view;
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (tokens[k]!.normal !== 'between') continue;
    const counted = (tokens[k + 1]!.normal === 'the' && tokens[k + 2]!.normal === 'two') || tokens[k + 1]!.normal === 'both';
    if (!counted) continue;
    let predicate: Predicate | undefined;
    for (let j = k - 1; j >= Math.max(0, k - NOUN_REACH) && !predicate; j--) predicate = BETWEEN_NOUNS.get(tokens[j]!.normal);
    if (!predicate) continue;
    const sides = pairBefore(view, k) ?? pair;
    if (sides) return { a: sides[0], b: sides[1], predicate };
  }
  return undefined;
}

/** The last two actors of one type named together ("A and B", "A and Y's B") before token `upTo` (default: the whole sentence). */
export function pairBefore(view: SentenceView, upTo = view.tokens.length): [MentionRef, MentionRef] | undefined {
  const ms = view.mentions.filter((m) => m.last < upTo);
  for (let j = ms.length - 1; j > 0; j--) {
    const b = ms[j]!;
    if (!isActorType(b.type)) continue;
    // "A and Iraq's B": a possessive place between modifies B.
    let i = j - 1;
    if (ms[i]!.type === 'Place' && ms[i]!.possessive && i > 0) i--;
    const a = ms[i]!;
    if (a.type === b.type && a.entity !== b.entity && joinedByAnd(view.tokens, a, ms[i + 1]!)) return [a, b];
  }
  return undefined;
}

function joinedByAnd(tokens: Token[], a: MentionRef, next: MentionRef): boolean {
  const between = wordsBetween(tokens, a, next).filter((w) => w !== 'the');
  return between.length === 1 && (between[0] === 'and' || between[0] === '&');
}
