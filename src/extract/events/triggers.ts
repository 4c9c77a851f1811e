import type { SentenceView, Token } from '../clauses.js';
import { lemmaCandidates } from '../lemma.js';
import { relationCues } from '../relations/cues.js';
import { titleIndex } from '../relations/title-index.js';
import type { EventLexicon, TriggerEntry } from './lexicon.js';

/** A trigger found in a sentence: tokens [first, last], inclusive. */
export interface TriggerHit {
  entry: TriggerEntry;
  first: number;
  last: number;
}

/** Words that make a following noun trigger something else ("in charge of", "general body"). */
const BLOCKED_BEFORE = new Map<string, ReadonlySet<string>>([
  ['charge', new Set(['in', 'took', 'take', 'taking'])],
]);

/**
 * Every trigger of the lexicon in a sentence, longest match first, skipping
 * words inside entity names ("Strike Committee" is an actor, not an event).
 */
export function findTriggers(view: SentenceView, lex: EventLexicon): TriggerHit[] {
  const { tokens, mentions } = view;
  const inMention = new Uint8Array(tokens.length);
  for (const m of mentions) for (let k = m.first; k <= m.last; k++) inMention[k] = 1;
  // Lemmas only of the words looked at: names and proper nouns are mostly passed over.
  const known: Array<readonly string[] | undefined> = [];
  const lemmaAt = (k: number): readonly string[] | undefined => (k < tokens.length ? (known[k] ??= lemmaCandidates(tokens[k]!.text)) : undefined);
  const hits: TriggerHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (inMention[i] || (tok.tags.has('ProperNoun') && i > 0)) continue;
    const excluded = lex.exclusions.get(tok.normal)?.find((ws) => ws.every((w, k) => lemmaAt(i + k)?.includes(w)));
    if (excluded) {
      i += excluded.length - 1;
      continue;
    }
    let best: TriggerHit | undefined;
    for (const cand of lemmaAt(i)!) {
      for (const entry of lex.byFirstWord.get(cand) ?? []) {
        const last = i + entry.words.length - 1;
        if (last >= tokens.length || (best && best.last >= last)) continue;
        let ok = true;
        for (let w = 1; w < entry.words.length && ok; w++) ok = !inMention[i + w] && lemmaAt(i + w)!.includes(entry.words[w]!);
        if (!ok) continue;
        if (entry.words.length === 1 && !posFits(tok, cand, entry.pos, tokens[i - 1], tokens[i + 1])) continue;
        if (entry.words.length === 1 && attributive(tokens, i, entry.pos, inMention)) continue;
        // "the first call for change": a phrasal verb needs a verb to start it.
        if (entry.words.length > 1 && entry.pos === 'verb' && !tok.tags.has('Verb') && (tok.tags.has('Noun') || tok.tags.has('Adjective'))) continue;
        if (entry.requires && !conditionHolds(entry.requires, view, last)) continue;
        const blocked = BLOCKED_BEFORE.get(entry.words[0]!);
        if (blocked && i > 0 && blocked.has(tokens[i - 1]!.normal)) continue;
        best = { entry, first: i, last };
      }
    }
    if (best) {
      const retyped = retype(best, tokens, lemmaAt, lex);
      // "what they said was": a speech verb inside a free relative reports no statement.
      if (!(retyped.entry.type === 'Statement' && retyped.entry.pos === 'verb' && freeRelative(tokens, i))) hits.push(retyped);
      i = best.last;
    }
  }
  return hits;
}

/** "signed the bill into law": a later phrase in the clause makes the trigger another type's. */
function retype(hit: TriggerHit, tokens: Token[], lemmaAt: (k: number) => readonly string[] | undefined, lex: EventLexicon): TriggerHit {
  for (const r of lex.retypes.get(hit.entry.lemma) ?? []) {
    if (r.from !== hit.entry.type) continue;
    for (let k = hit.last + 1; k < Math.min(tokens.length, hit.last + 8); k++) {
      if (r.followedBy.every((w, j) => lemmaAt(k + j)?.includes(w))) return { ...hit, entry: { ...hit.entry, type: r.to } };
      if (/[.;:]/.test(tokens[k]!.post)) break;
    }
  }
  return hit;
}

/** "what they said", "all he said": the speech verb is inside a noun phrase. */
function freeRelative(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const w = tokens[k]!.normal;
    if (w === 'what' || w === 'whatever') return true;
    if (!tokens[k]!.tags.has('Noun') && !tokens[k]!.tags.has('Adverb') && !tokens[k]!.tags.has('Auxiliary')) return false;
  }
  return false;
}

const ARTICLES = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);

/** "become [the new] chief executive", "leave [the] X Party": what a conditional verb needs right after it. */
function conditionHolds(requires: 'title' | 'organization', view: SentenceView, last: number): boolean {
  const { tokens, mentions } = view;
  let k = last + 1;
  if (requires === 'organization') {
    while (k < tokens.length && k - last <= 2 && ARTICLES.has(tokens[k]!.normal)) k++;
    return mentions.some((m) => m.first === k && m.type === 'Organization');
  }
  const cues = relationCues();
  if (tokens[k]?.normal === 'as') k++;
  for (let n = 0; n < 5 && k < tokens.length; n++, k++) {
    const t = tokens[k]!;
    const fits = titleIndex(cues).startingWith(t.normal).find((x) => x.words.every((w, j) => tokens[k + j]?.normal === w));
    if (fits) return true;
    if (mentions.some((m) => m.first === k && m.possessive)) continue;
    if (!(ARTICLES.has(t.normal) || cues.titleModifiers.has(t.normal) || t.tags.has('Adjective') || t.tags.has('Possessive'))) return false;
  }
  return false;
}

/**
 * A trigger word used as a modifier of the noun after it names no event:
 * "the ruling party", "the elected government", "a jailed leader".
 * An -ing noun or a participle after a determiner, directly before a noun
 * or a name, with no punctuation between.
 */
function attributive(tokens: Token[], i: number, pos: 'verb' | 'noun', inMention: Uint8Array): boolean {
  const tok = tokens[i]!;
  const next = tokens[i + 1];
  if (!next || /[,;:.!?"”)]/.test(tok.post)) return false;
  const nounAt = (t: Token | undefined, j: number) => !!t && (inMention[j] === 1 || (t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('Date') && !t.tags.has('Value')));
  // "an elected legislative assembly": an adjective may stand between the participle and its noun.
  const nextIsNoun = nounAt(next, i + 1) || (pos === 'verb' && next.tags.has('Adjective') && nounAt(tokens[i + 2], i + 2));
  if (!nextIsNoun) return false;
  if (pos === 'noun') return /ing$/.test(tok.normal) && (inMention[i + 1] === 1 || next.tags.has('ProperNoun') || POLITY_HEADS.has(next.normal));
  const prev = tokens[i - 1];
  const before = tokens[i - 2];
  const determiner = (t: Token | undefined) => !!t && (t.tags.has('Determiner') || t.tags.has('Possessive'));
  // "the elected government", "a democratically elected body", "his now-destroyed empire"; not "had earlier accused X".
  return /(?:ed|en)$/.test(tok.normal) && !!prev && (determiner(prev) || (prev.tags.has('Adverb') && !prev.tags.has('Verb') && determiner(before)));
}

/** Heads an -ing modifier qualifies ("ruling party", "governing coalition"): the party in power, not a court's ruling. */
const POLITY_HEADS = new Set(['party', 'parties', 'coalition', 'government', 'council', 'junta', 'family', 'class', 'elite', 'body', 'camp', 'bloc', 'alliance', 'majority', 'military', 'regime', 'establishment']);

/** "the bombing", "a court ruling": a gerund is a noun after a determiner or modifier, not before its object. */
function gerundAsNoun(prev: Token | undefined, next: Token | undefined): boolean {
  if (next && (next.tags.has('Determiner') || next.tags.has('Pronoun'))) return false;
  return !!prev && (prev.tags.has('Determiner') || prev.tags.has('Adjective') || prev.tags.has('Possessive') || (prev.tags.has('Noun') && !prev.tags.has('Pronoun')));
}

/**
 * compromise's tag decides between the verb and the noun reading. A noun
 * trigger never matches an adjective ("the ruling coalition", "striking
 * workers"); a gerund is a noun only when listed as such ("the bombing").
 */
function posFits(tok: Token, cand: string, pos: 'verb' | 'noun', prev: Token | undefined, next: Token | undefined): boolean {
  const tags = tok.tags;
  // "lengthy talks between": a plural noun compromise read as a verb, after a modifier and before no object.
  if (tags.has('Verb')) return pos === 'verb' || ((tags.has('Gerund') || (/s$/.test(tok.normal) && !prev?.tags.has('ProperNoun'))) && cand === tok.normal && gerundAsNoun(prev, next));
  if (tags.has('Noun')) return pos === 'noun';
  if (tags.has('Adjective')) return pos === 'verb' && !/ing$/.test(tok.normal);
  return true;
}
