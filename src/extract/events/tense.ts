import { clauseAround, type Token } from '../clauses.js';
import type { Tense } from '../dates.js';

/** Words that put a whole clause in the future, wherever they stand: "the upcoming vote on 3 May". */
const SCHEDULED = new Set(['next', 'tomorrow', 'upcoming', 'forthcoming', 'scheduled', 'due', 'slated', 'coming', 'plan', 'plans', 'planned', 'invite', 'invites', 'invited']);
/** Auxiliaries of a future verb group: "will meet", "would interfere". */
const FUTURE_AUX = new Set(['will', 'shall', "'ll", 'would', 'wo']);
/** Verbs whose "to"-infinitive points forward: "threatened to strike on Monday". */
const INTENT = new Set(['plan', 'plans', 'planned', 'intend', 'intends', 'intended', 'going', 'set', 'expected', 'expect', 'expects', 'hope', 'hopes', 'hoped', 'want', 'wants', 'wanted', 'threaten', 'threatens', 'threatened', 'vow', 'vows', 'vowed', 'promise', 'promises', 'promised', 'pledge', 'pledged', 'decide', 'decided', 'agree', 'agreed']);
const NEAR = 5;
const PAST_AUX = new Set(['was', 'were', 'had', 'did']);

const isVerb = (t: Token) => t.tags.has('Verb');
const inGroup = (t: Token) => t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Adverb') || t.tags.has('Negative') || t.normal === 'to' || t.normal === 'not' || t.normal === 'be' || t.normal === 'been';

/**
 * The tense of the verb group nearest token i in its clause: what a date
 * there is read against ("took office in June" past, "would interfere with
 * the 6 October vote" future). Without a verb the tense is unknown.
 */
export function tenseNear(tokens: Token[], i: number): Tense {
  const [first, last] = clauseAround(tokens, i);
  for (let k = first; k <= last; k++) if (SCHEDULED.has(tokens[k]!.normal)) return 'future';
  let verb = isVerb(tokens[i]!) ? i : -1;
  // Only a verb near the date governs it: "arrived on the eve of ... the 9 May vote" is not past.
  for (let d = 1; d <= Math.min(last - first, NEAR) && verb < 0; d++) {
    if (i - d >= first && isVerb(tokens[i - d]!)) verb = i - d;
    else if (i + d <= last && isVerb(tokens[i + d]!)) verb = i + d;
  }
  if (verb < 0) return 'unknown';
  let start = verb;
  while (start > first && (inGroup(tokens[start - 1]!) || isVerb(tokens[start - 1]!))) start--;
  let end = verb;
  while (end < last && isVerb(tokens[end + 1]!)) end++;
  let past = false;
  for (let k = start; k <= end; k++) {
    const t = tokens[k]!;
    if (FUTURE_AUX.has(t.normal) || t.tags.has('FutureTense')) return 'future';
    if (t.normal === 'to' && INTENT.has(tokens[k - 1]?.normal ?? '')) return 'future';
    if (t.tags.has('PastTense') || t.tags.has('Perfect') || PAST_AUX.has(t.normal)) past = true;
  }
  return past ? 'past' : 'unknown';
}
