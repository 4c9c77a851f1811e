import type { SentenceView } from '../clauses.js';
import type { RawRelation } from './patterns.js';

/**
 * "A and B had a son, C", "A and B have two daughters, C and D": the two
 * named together are a couple (RELATIVE_OF each other) and the children are
 * related to both. The single-parent reading ("B had a son, C") is a row of
 * pattern-table.ts; this adds the first parent and the couple.
 */
const HAVE = new Set(['had', 'have', 'has']);
const CHILD_NOUNS = new Set(['son', 'sons', 'daughter', 'daughters', 'child', 'children', 'twins', 'kids']);
/** Words between "had" and the child noun: "another", "two", "a second". */
const MAX_BEFORE_NOUN = 3;
const CONFIDENCE = 0.6;

export function kinCouples(view: SentenceView): RawRelation[] {
  const { tokens, mentions } = view;
  const out: RawRelation[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!, b = mentions[i + 1]!;
    if (a.type !== 'Person' || b.type !== 'Person' || a.possessive || b.possessive) continue;
    if (b.first !== a.last + 2 || tokens[a.last + 1]!.normal !== 'and' || /[,;(]/.test(tokens[a.last]!.post)) continue;
    let k = b.last + 1;
    while (k < tokens.length && tokens[k]!.tags.has('Adverb') && k - b.last <= 2) k++;
    if (!HAVE.has(tokens[k]?.normal ?? '')) continue;
    let n = k + 1;
    while (n < tokens.length && n - k <= MAX_BEFORE_NOUN && !CHILD_NOUNS.has(tokens[n]!.normal) && !mentions.some((m) => m.first === n)) n++;
    if (!CHILD_NOUNS.has(tokens[n]?.normal ?? '')) continue;
    out.push({ subject: a, predicate: 'RELATIVE_OF', object: b, confidence: CONFIDENCE });
    // The children named right after the noun: "a son, C", "two daughters, C and D", "a son named C".
    for (let j = i + 2; j < mentions.length; j++) {
      const c = mentions[j]!;
      const gap = tokens.slice(j === i + 2 ? n + 1 : mentions[j - 1]!.last + 1, c.first).map((t) => t.normal);
      if (c.type !== 'Person' || gap.some((w) => w !== 'and' && w !== 'named' && w !== 'called')) break;
      out.push({ subject: a, predicate: 'RELATIVE_OF', object: c, confidence: CONFIDENCE }, { subject: b, predicate: 'RELATIVE_OF', object: c, confidence: CONFIDENCE });
    }
  }
  return out;
}
