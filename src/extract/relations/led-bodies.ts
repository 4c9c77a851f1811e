import type { SentenceView } from '../clauses.js';
import type { RawRelation } from './patterns.js';

/**
 * "Walenga's four-party coalition government", "Okonjo's new cabinet": a
 * person's government, cabinet or campaign is the one they lead. The body
 * is a named organisation right after the possessive, modifiers between.
 */
const LED_HEADS = new Set(['government', 'administration', 'cabinet', 'regime', 'campaign', 'coalition', 'junta']);
const MAX_MODIFIERS = 5;
const CONFIDENCE = 0.55;

export function ledBodies(view: SentenceView): RawRelation[] {
  const { tokens, mentions } = view;
  const out: RawRelation[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const p = mentions[i]!;
    const org = mentions[i + 1]!;
    if (p.type !== 'Person' || !p.possessive || org.type !== 'Organization' || org.first - p.last - 1 > MAX_MODIFIERS) continue;
    const words = org.entity.name.toLowerCase().split(/\s+/);
    if (!LED_HEADS.has(words[words.length - 1]!)) continue;
    // Only modifiers between: "13-month-old, six-party", no verb, no clause break.
    const between = tokens.slice(p.last + 1, org.first);
    // compromise may read the second half of "six-party" as a verb: a hyphenated word is a modifier.
    const hyphenated = (k: number) => /-/.test(between[k]!.post) || /-/.test(between[k - 1]?.post ?? '');
    if (between.some((t, k) => (t.tags.has('Verb') && !t.tags.has('Adjective') && !hyphenated(k)) || /[;:()"“”]/.test(t.post))) continue;
    out.push({ subject: p, predicate: 'LEADS', object: org, confidence: CONFIDENCE });
  }
  return out;
}
