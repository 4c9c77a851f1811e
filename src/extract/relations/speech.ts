import { isActorType, type Predicate } from '../../model/ontology.js';
import type { MentionRef, SentenceView, Token } from '../clauses.js';
import { lemmaCandidates } from '../lemma.js';
import type { RelationCues } from './cues.js';
import type { RawRelation } from './patterns.js';

/**
 * Sides taken in reported speech, which the neighbour rows cannot reach:
 *   demand   "X said Y, in power since 1989, should be impeached",
 *            "Y must resign, X told reporters" → X OPPOSES Y
 *   quote    '"We oppose the plan of Y," X said', 'X said: "I support Y"'
 *            → X OPPOSES / SUPPORTS Y (first person in the quote, a cue verb
 *            of relation-cues.json, Y its object)
 *   rivals   "Y's chief opponents, the X", "Y's allies X" → X OPPOSES /
 *            SUPPORTS Y for any two actors (kin-like nouns of people are read in patterns.ts)
 * Each is gated by a cue token met in one pass over the sentence.
 */

const MODALS = new Set(['should', 'must', 'ought']);
/** "should be impeached", "must be removed": what is demanded of the one who should go. */
const GO_PASSIVE = new Set(['impeached', 'removed', 'sacked', 'dismissed', 'tried', 'punished', 'jailed', 'arrested', 'ousted', 'prosecuted', 'expelled', 'fired', 'replaced', 'banned', 'disbanded', 'dissolved', 'outlawed', 'toppled', 'overthrown']);
/** "should resign", "must step down". */
const GO_ACTIVE = new Set(['resign', 'quit', 'step', 'go', 'leave', 'withdraw', 'stand']);
const REPORTING = new Set(['said', 'says', 'say', 'told', 'tells', 'insisted', 'insists', 'argued', 'argues', 'declared', 'declares', 'demanded', 'demands', 'urged', 'stated', 'added', 'warned', 'charged', 'claimed', 'wrote']);
const FIRST_PERSON = new Set(['we', 'i']);
const NEGATION = new Set(['not', "n't", 'never', 'no', 'nor', 'neither', 'cannot']);
const SIDE_NOUNS: Record<string, Predicate> = {
  opponent: 'OPPOSES', rival: 'OPPOSES', enemy: 'OPPOSES', foe: 'OPPOSES', adversary: 'OPPOSES', critic: 'OPPOSES', 'arch-rival': 'OPPOSES', archrival: 'OPPOSES',
  ally: 'SUPPORTS', supporter: 'SUPPORTS', backer: 'SUPPORTS', partner: 'SUPPORTS',
};
/** A quoted object a few words after the cue verb: "oppose how the council ...". */
const QUOTE_OBJECT_REACH = 4;
/** "X, steelworkers' union treasurer and member of party Y, said": an apposition of up to this many words. */
const MAX_APPOSITION = 20;
const DEMAND = 0.55;
const QUOTED = 0.55;
const RIVALS = 0.6;

/** A body takes the side its leader states: a step removed from the text. */
const LEADER_SPEAKS = 0.5;

/**
 * `read`: the sentence's other relations; a speaker who leads a body named
 * there ("PUNR leader X said Y should be impeached") speaks for it too.
 */
export function speechRelations(view: SentenceView, cues: RelationCues, read: readonly RawRelation[] = []): RawRelation[] {
  const out = sidesTaken(view, cues);
  const bodies = out.flatMap((r) => read
    .filter((l) => l.predicate === 'LEADS' && l.subject.entity === r.subject.entity && typeof l.object === 'object' && 'first' in l.object && l.object.type === 'Organization')
    .map((l) => ({ ...r, subject: l.object as MentionRef, confidence: LEADER_SPEAKS })));
  return [...out, ...bodies.filter((b) => b.subject.entity !== (b.object as MentionRef).entity)];
}

const QUOTE_MARK = /["“”]/;

/** The side a noun names ("opponents", "rival"), singular or plural; runs on every word of a sentence with two actors. */
function sideNoun(word: string): Predicate | undefined {
  return SIDE_NOUN_FORMS.get(word);
}
/** SIDE_NOUNS by the word as written: a noun not ending in "s" as itself, every noun with "s" added. */
const SIDE_NOUN_FORMS = new Map<string, Predicate>(
  Object.entries(SIDE_NOUNS).flatMap(([noun, p]): Array<[string, Predicate]> => (noun.endsWith('s') ? [[`${noun}s`, p]] : [[noun, p], [`${noun}s`, p]])),
);

function sidesTaken(view: SentenceView, cues: RelationCues): RawRelation[] {
  const { tokens, mentions } = view;
  const out: RawRelation[] = [];
  const actors = mentions.filter((m) => isActorType(m.type));
  if (actors.length < 2) return out;
  let quoted = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pre && QUOTE_MARK.test(t.pre)) quoted = !quoted;
    if (MODALS.has(t.normal)) demand(tokens, actors, k, out);
    else if (quoted && FIRST_PERSON.has(t.normal)) quote(tokens, actors, k, cues, out);
    else if (sideNoun(t.normal)) rivals(tokens, actors, k, out);
    if (t.post !== ' ' && QUOTE_MARK.test(t.post)) quoted = !quoted;
  }
  return out;
}

/** "Y[, aside,] should be impeached": Y right before the modal, the speaker before a reporting verb before Y (or after the clause). */
function demand(tokens: Token[], actors: MentionRef[], k: number, out: RawRelation[]): void {
  let v = k + 1;
  if (tokens[v]?.normal === 'also') v++;
  const passive = tokens[v]?.normal === 'be' && GO_PASSIVE.has(tokens[v + 1]?.normal ?? '');
  if (!passive && !GO_ACTIVE.has(tokens[v]?.normal ?? '')) return;
  const target = nearestBefore(tokens, actors, k);
  if (!target) return;
  const speaker = speakerBefore(tokens, actors, target) ?? speakerAfter(tokens, actors, k);
  for (const s of withAppositionHead(tokens, actors, speaker)) if (s.entity !== target.entity) out.push({ subject: s, predicate: 'OPPOSES', object: target, confidence: DEMAND });
}

/**
 * "X, a leader of Y, said": the speaker found next to the verb may close an
 * apposition; the person it describes speaks too (and X's body, as named there, with X).
 */
function withAppositionHead(tokens: Token[], actors: MentionRef[], speaker: MentionRef | undefined): MentionRef[] {
  if (!speaker) return [];
  const head = [...actors].reverse().find((m) => m.last < speaker.first && m.type === 'Person' && speaker.first - m.last <= MAX_APPOSITION);
  if (!head || !/,/.test(tokens[head.last]!.post) || !/,/.test(tokens[speaker.last]!.post)) return [speaker];
  // Nothing but the apposition between: no other comma, no verb.
  const between = tokens.slice(head.last + 1, speaker.first);
  if (between.some((t) => /[,;]/.test(t.post) || (t.tags.has('Verb') && !t.tags.has('Noun')))) return [speaker];
  return [head, speaker];
}

/** The actor whose name ends right before token k, or before a comma-enclosed aside that ends there. */
function nearestBefore(tokens: Token[], actors: MentionRef[], k: number): MentionRef | undefined {
  let end = k - 1;
  if (/,/.test(tokens[end]?.post ?? '')) {
    // "Y, in power since 1989, should": back to the comma that opens the aside.
    let j = end - 1;
    while (j >= 0 && end - j <= 10 && !/,/.test(tokens[j]!.post)) j--;
    if (j < 0 || end - j > 10) return undefined;
    end = j;
  }
  return actors.find((m) => m.last === end);
}

/** "X said [in a statement] [that] Y": the actor before a reporting verb, nothing named between it and Y. */
function speakerBefore(tokens: Token[], actors: MentionRef[], target: MentionRef): MentionRef | undefined {
  const before = actors.filter((m) => m.last < target.first);
  const speaker = before[before.length - 1];
  if (!speaker) return undefined;
  const between = tokens.slice(speaker.last + 1, target.first);
  if (!between.some((t) => REPORTING.has(t.normal)) || between.some((t) => NEGATION.has(t.normal)) || between.length > 8) return undefined;
  // The reporting verb must come first in the gap: "X, whose party backed Y, said" speaks of another clause.
  return REPORTING.has(between[0]?.normal ?? '') || between.slice(0, 2).some((t) => t.tags.has('Adverb')) ? speaker : undefined;
}

/** '"..., Y must go," X said' or '..., said X': the actor right before or after a reporting verb after token k. */
function speakerAfter(tokens: Token[], actors: MentionRef[], k: number): MentionRef | undefined {
  for (let r = k + 1; r < tokens.length; r++) {
    if (!REPORTING.has(tokens[r]!.normal) || !/[,"“”]/.test(tokens[r - 1]!.post + tokens[r]!.pre) && !actors.some((m) => m.last === r - 1)) continue;
    return actors.find((m) => m.last === r - 1 && m.first > k) ?? actors.find((m) => m.first === r + 1);
  }
  return undefined;
}

/** "we oppose [the way] the Y": a cue verb right after the first person, its object named within reach, inside the quote. */
function quote(tokens: Token[], actors: MentionRef[], k: number, cues: RelationCues, out: RawRelation[]): void {
  let v = k + 1;
  while (v < tokens.length && v <= k + 3 && (tokens[v]!.tags.has('Adverb') || tokens[v]!.tags.has('Auxiliary') || tokens[v]!.tags.has('Modal')) && !NEGATION.has(tokens[v]!.normal)) v++;
  const verb = tokens[v];
  if (!verb || NEGATION.has(verb.normal)) return;
  let predicate: Predicate | undefined;
  for (const l of lemmaCandidates(verb.text)) {
    const p = cues.linkWords.get(l);
    if (p === 'OPPOSES' || p === 'SUPPORTS') predicate = p;
  }
  if (!predicate) return;
  const object = actors.find((m) => m.first > v && m.first <= v + QUOTE_OBJECT_REACH + 1);
  if (!object || tokens.slice(v, object.first).some((t) => /["“”]/.test(t.post))) return;
  // The speaker: after the quote closes ('," X said', '," said X') or before it opens ('X said: "').
  let close = object.last;
  while (close < tokens.length && !/["“”]/.test(tokens[close]!.post)) close++;
  const speaker = speakerAfter(tokens, actors, close) ?? openerSpeaker(tokens, actors, k);
  for (const s of withAppositionHead(tokens, actors, speaker)) if (s.entity !== object.entity) out.push({ subject: s, predicate, object, confidence: QUOTED });
}

/** 'X said: "We ...': the actor before a reporting verb that ends right before the quote opening at or before k. */
function openerSpeaker(tokens: Token[], actors: MentionRef[], k: number): MentionRef | undefined {
  let open = k;
  while (open > 0 && !/["“”]/.test(tokens[open]!.pre) && !/["“”]/.test(tokens[open - 1]!.post)) open--;
  const r = open - 1;
  if (r < 1 || !REPORTING.has(tokens[r]!.normal)) return undefined;
  return actors.find((m) => m.last === r - 1);
}

/** "Y's [chief] opponents[,] [the] X": X takes the side the noun names against or for Y. */
function rivals(tokens: Token[], actors: MentionRef[], k: number, out: RawRelation[]): void {
  const predicate = sideNoun(tokens[k]!.normal)!;
  let p = k - 1;
  while (p >= 0 && k - p <= 3 && (tokens[p]!.tags.has('Adjective') || tokens[p]!.normal === 'main' || tokens[p]!.normal === 'chief') && !actors.some((m) => m.last === p)) p--;
  const owner = actors.find((m) => m.last === p && m.possessive);
  if (!owner) return;
  let q = k + 1;
  while (q < tokens.length && q - k <= 3 && !actors.some((m) => m.first === q) && (tokens[q]!.normal === 'the' || tokens[q]!.tags.has('Adjective'))) q++;
  const other = actors.find((m) => m.first === q);
  if (other && other.entity !== owner.entity) out.push({ subject: other, predicate, object: owner, confidence: RIVALS });
}
