import type { ExtractedEntity } from '../../model/extraction.js';
import type { Role } from '../../model/ontology.js';
import { ACTOR_TYPES, clauseAround, type MentionRef, type SentenceView, type Token } from '../clauses.js';
import { lemmaCandidates } from '../lemma.js';
import type { EventLexicon, EventTypeSpec } from './lexicon.js';
import type { TriggerHit } from './triggers.js';

export interface Participant {
  entity: ExtractedEntity;
  role: Role;
}

export interface Arguments {
  participants: Participant[];
  place?: ExtractedEntity;
  /** Token range of the clause the trigger stands in. */
  clause: [number, number];
}

const PREPOSITIONS = new Set(['by', 'of', 'against', 'with', 'for', 'on', 'between', 'as', 'from', 'to', 'in', 'at', 'among', 'over', 'into', 'under', 'about', 'after', 'before', 'near', 'across', 'within', 'without', 'amid', 'despite', 'including', 'like', 'than', 'through', 'towards', 'toward', 'via', 'behind']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'across', 'outside', 'inside', 'throughout']);
/** Words that may stand between a preposition and its noun: "against the ruling X". */
const NOUN_PHRASE_TAGS = ['Determiner', 'Adjective', 'Value', 'Possessive', 'Noun'];
const COORDINATION = new Set(['and', 'or', 'as well as', 'nor', '&']);
const OWN_SUBJECT = new Set(['his', 'her', 'their', 'its', 'he', 'she', 'they', 'it', 'we', 'i', 'officials', 'police', 'witnesses', 'analysts', 'sources']);
const RELATIVE = new Set(['which', 'who', 'whom', 'whose', 'that']);
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are', 'get', 'got']);
const MAX_DISTANCE = 15;

/**
 * Who takes part in the event a trigger names, and how: subject, object and
 * prepositional phrases of the trigger's clause, mapped to roles by the
 * lexicon's per-type slot table.
 */
export function argumentsOf(view: SentenceView, hit: TriggerHit, spec: EventTypeSpec, lex: EventLexicon, hits: TriggerHit[] = []): Arguments {
  const { tokens, mentions } = view;
  const clause = clauseAround(tokens, hit.first);
  const [cFirst, cLast] = clause;
  const isVerb = hit.entry.pos === 'verb';
  const passive = isVerb && isPassive(tokens, hit.first);
  const found: Array<{ m: MentionRef; slot: string }> = [];

  // Before the trigger: the nearest mention outside a prepositional phrase, and what is coordinated with it.
  const before = mentions.filter((m) => m.last < hit.first && m.first >= cFirst && hit.first - m.last <= MAX_DISTANCE);
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k]!;
    if (governingPreposition(tokens, m, cFirst)) continue;
    const adjacent = !isVerb && onlyModifiersBetween(tokens, m.last + 1, hit.first);
    // A subject must be this trigger's: no other verb's clause in between ("X said the four were arrested").
    if (!adjacent && !(isVerb ? subjectOfVerb(tokens, m.last + 1, hit.first) : subjectOfNoun(tokens, m.last + 1, hit.first))) break;
    const anti = tokens[m.first - 1]?.normal === 'anti' || /^anti$/i.test(tokens[m.first]?.text.split(/-/)[0] ?? '');
    const slot = anti ? 'against' : adjacent ? (m.possessive ? 'possessor' : 'modifier') : passive ? 'passiveSubject' : 'subject';
    for (const c of coordinatedBefore(tokens, before, k)) found.push({ m: c, slot });
    break;
  }
  // A relative clause ("X, who resigned") takes its subject from just before the comma.
  if (!found.length && cFirst > 0 && ['who', 'which'].includes(tokens[cFirst]!.normal)) {
    const head = mentions.filter((m) => m.last === cFirst - 1)[0];
    if (head) found.push({ m: head, slot: passive ? 'passiveSubject' : 'subject' });
  }

  // After the trigger: the direct object, then prepositional phrases.
  let prevSlot: string | undefined;
  let prevLast = hit.last;
  for (const m of mentions) {
    if (m.first <= hit.last || m.first > cLast || m.first - hit.last > MAX_DISTANCE) continue;
    // "the pact which X opposes": a relative clause starts; its nouns are not this trigger's.
    if (tokens.slice(hit.last + 1, m.first).some((t) => RELATIVE.has(t.normal))) break;
    // "told a conference the strike by X": X belongs to the nearer trigger.
    if (hits.some((h) => h !== hit && h.first > hit.last && h.last < m.first)) break;
    const prep = governingPreposition(tokens, m, hit.last + 1);
    let slot: string | undefined;
    if (tokens[m.first - 1]?.normal === 'anti') slot = 'against';
    else if (prep) slot = prep === 'of' && isVerb && prepositionAt(tokens, m) - hit.last > 2 ? undefined : prep;
    else if (prevSlot && coordinationBetween(tokens, prevLast + 1, m.first)) slot = prevSlot;
    else if (!verbBetween(tokens, hit.last + 1, m.first) && !commaBetween(tokens, hit.last, m.first) && !modifiesNoun(tokens, m)) slot = 'object';
    if (slot) found.push({ m, slot });
    prevSlot = slot;
    prevLast = m.last;
  }

  const lemma = hit.entry.lemma;
  const participants: Participant[] = [];
  let place: ExtractedEntity | undefined;
  for (const { m, slot } of found) {
    if (m.type === 'Place') {
      if (PLACE_PREPOSITIONS.has(slot)) place ??= m.entity;
      // A country criticised or attacked acts as an actor.
      else if (slot === 'object' && spec.targetVerbs?.has(lemma) && hit.entry.type === 'Statement') addRole(participants, m.entity, 'target');
      else if (['Meeting', 'Agreement', 'Attack'].includes(hit.entry.type) && slot !== 'by') addRole(participants, m.entity, spec.roles[slot]);
      continue;
    }
    if (!ACTOR_TYPES.has(m.type)) continue;
    if (slot === 'object' && spec.targetVerbs && !spec.targetVerbs.has(lemma)) {
      // "told Reuters", "quit the party": the object is not acted upon; "said X" after a quote is the speaker.
      if (spec.needsAgent && isVerb && m.first === hit.last + 1 && !participants.some((p) => p.role === 'agent')) addRole(participants, m.entity, 'agent');
      continue;
    }
    let role = (spec.verbRoles.get(lemma) ?? spec.roles)[slot];
    if (!role) continue;
    if (spec.personRole && (role === 'candidate' || role === 'participant')) role = m.type === 'Person' ? spec.personRole : 'participant';
    if (hit.entry.type === 'Election') role = outcome(tokens, m, hit, lex, role);
    addRole(participants, m.entity, role);
  }
  if (!place) {
    const p = mentions.find((m) => m.type === 'Place' && m.first >= cFirst && m.last <= cLast && PLACE_PREPOSITIONS.has(governingPreposition(tokens, m, cFirst) ?? ''));
    if (p) place = p.entity;
  }
  return { participants, ...(place && { place }), clause };
}

function addRole(list: Participant[], entity: ExtractedEntity, role: Role | undefined): void {
  if (!role || list.some((p) => p.entity === entity)) return;
  list.push({ entity, role });
}

/** "X won the run-off", "defeated X": winners and losers of an election. */
function outcome(tokens: Token[], m: MentionRef, hit: TriggerHit, lex: EventLexicon, role: Role): Role {
  if (m.type !== 'Person' && role === 'participant') return role;
  const [from, to] = m.last < hit.first ? [m.last + 1, hit.first - 1] : [hit.last + 1, m.first - 1];
  for (let k = Math.max(0, from); k <= to; k++) {
    const lemmas = lemmaCandidates(tokens[k]!.text);
    if (m.last < hit.first && lemmas.some((l) => lex.winnerCues.has(l))) return 'winner';
    if (lemmas.some((l) => lex.loserCues.has(l))) return 'loser';
  }
  return role;
}

function isPassive(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.tags.has('Passive') && !t.tags.has('Auxiliary')) return true;
  const prev = tokens[i - 1];
  return !!prev && PASSIVE_AUX.has(prev.normal) && /ed$|en$/.test(t.normal);
}

/** The preposition heading the noun phrase a mention ends, if any: "against the ruling X" → "against". */
export function governingPreposition(tokens: Token[], m: MentionRef, floor: number): string | undefined {
  for (let k = m.first - 1, steps = 0; k >= floor && steps < 5; k--, steps++) {
    const t = tokens[k]!;
    if (PREPOSITIONS.has(t.normal) && (t.tags.has('Preposition') || !t.tags.has('Verb'))) return t.normal;
    if (/[,;:]/.test(t.post)) return undefined;
    if (!NOUN_PHRASE_TAGS.some((tag) => t.tags.has(tag)) || t.tags.has('Pronoun')) return undefined;
  }
  return undefined;
}

function onlyModifiersBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.tags.has('Verb') || PREPOSITIONS.has(t.normal) || /[,;:]/.test(t.post)) return false;
  }
  return to - from <= 3;
}

/** Auxiliaries, modals and control verbs that may separate a subject from its verb: "plans to resign". */
const VERB_CHAIN = new Set(['to', 'not', 'also', 'never', 'already', 'still', 'then', 'later', 'reportedly', 'allegedly', 'formally', 'officially', 'finally', 'again', 'on', 'yesterday', 'today']);

/**
 * Between a subject and its verb trigger: auxiliaries, adverbs, "plans to"
 * chains, a fronted time phrase ("on Tuesday quit"), or an appositive set off
 * by commas ("X, the party's leader, resigned"). Anything else is another clause.
 */
function subjectOfVerb(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 14) return false;
  let appositive = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (/,/.test(tokens[k - 1]?.post ?? '')) {
      appositive = !appositive;
      // "X, his spokesman said": a new subject, not an apposition.
      if (appositive && OWN_SUBJECT.has(t.normal)) return false;
    }
    if (appositive) continue;
    if (t.tags.has('Verb')) {
      if (t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Copula') || tokens[k + 1]?.normal === 'to') continue;
      return false;
    }
    if (t.tags.has('Adverb') || t.tags.has('Date') || t.tags.has('Value') || VERB_CHAIN.has(t.normal)) continue;
    if (t.tags.has('Preposition') && tokens[k + 1]?.tags.has('Date')) continue;
    // "Police in Kenya arrested": a place phrase after the subject.
    if ((PLACE_PREPOSITIONS.has(t.normal) && tokens[k + 1]?.tags.has('ProperNoun')) || t.tags.has('Place')) continue;
    return false;
  }
  // An apposition left open ("X, leader of Y told ...") is still the subject's.
  return true;
}

/** "X staged a strike", "X took part in the protest": a light verb and an article, no other noun. */
function subjectOfNoun(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 6) return false;
  let verbs = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.tags.has('Verb')) {
      verbs++;
      continue;
    }
    if (t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Preposition') || t.tags.has('Adverb') || t.normal === 'part') continue;
    return false;
  }
  return verbs > 0;
}

/** Index of the preposition heading m's phrase. */
function prepositionAt(tokens: Token[], m: MentionRef): number {
  let k = m.first - 1;
  while (k > 0 && !PREPOSITIONS.has(tokens[k]!.normal)) k--;
  return k;
}

/** "dismissed the X demand": X modifies a common noun that follows, it is not the object. */
function modifiesNoun(tokens: Token[], m: MentionRef): boolean {
  let k = m.last + 1;
  while (k < tokens.length && /^\(?[A-Z]{2,}\)?$/.test(tokens[k]!.text) && /[()]/.test(tokens[k]!.pre + tokens[k]!.post)) k++;
  const t = tokens[k];
  if (!t || m.possessive) return false;
  if (/[,;:]/.test(tokens[k - 1]!.post)) return false;
  return t.tags.has('Noun') && !t.tags.has('ProperNoun') && !t.tags.has('Pronoun') && !t.tags.has('Date');
}

function commaBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (/[,;:]/.test(tokens[k]!.post)) return true;
  return false;
}

function verbBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.tags.has('Verb') && !t.tags.has('Particle')) return true;
  }
  return false;
}

function coordinationBetween(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 3) return false;
  const words = tokens.slice(from, to).map((t) => t.normal).filter((w) => w && !['the', 'a', 'an'].includes(w));
  if (!words.length) return /,/.test(tokens[from - 1]?.post ?? '');
  return COORDINATION.has(words.join(' '));
}

/** A mention and the ones coordinated with it before: "A, B and C struck". */
function coordinatedBefore(tokens: Token[], before: MentionRef[], k: number): MentionRef[] {
  const out = [before[k]!];
  for (let j = k - 1; j >= 0; j--) {
    const a = before[j]!;
    const b = out[out.length - 1]!;
    if (!coordinationBetween(tokens, a.last + 1, b.first)) break;
    // "A, B and C": the link nearest the verb must be a conjunction, or "X, Y said" would make both speakers.
    if (out.length === 1 && a.last + 1 === b.first) break;
    out.push(a);
  }
  return out;
}
