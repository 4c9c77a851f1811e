import { isActorType } from '../../model/ontology.js';
import type { Role } from '../../model/ontology.js';
import { type MentionRef, type SentenceView, type Token } from '../clauses.js';
import { lemmaCandidates } from '../lemma.js';
import type { EventLexicon, EventTypeSpec } from './lexicon.js';
import type { SpeakerTracker } from './speakers.js';
import { tenseNear } from './tense.js';
import type { TriggerHit } from './triggers.js';

export interface ClauseActor {
  m: MentionRef;
  role: Role;
}

/** What may stand between an event noun and its "when": a date or place phrase and a comma ("the vote on 3 May, when"). */
const BRIDGE_WORDS = new Set(['on', 'in', 'at', 'during', 'of', 'the', 'last', 'this', 'early', 'late', 'mid']);
const MAX_BRIDGE = 8;
const AUXILIARIES = new Set(['was', 'were', 'had', 'has', 'have', 'been', 'being', 'be', 'is', 'are', 'got', 'did']);
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are', 'got']);
/** Verbs whose subject is behind an event: "when X organised it", "when X led the march". */
const ORGANIZING = new Set(['organise', 'organize', 'lead', 'call', 'stage', 'sponsor', 'convene', 'spearhead', 'mastermind']);
const ELECTING = new Set(['elect', 're-elect']);
const PERSON_PRONOUNS = new Set(['he', 'she']);

/**
 * "<event noun> [on DATE], when X <verb> ...": the when-clause tells what
 * happened at that event, so X takes the role its verb has in the event's
 * frame ("the first round, when X won" → winner; "the rally in May, when X
 * led it" → agent). A verb with no meaning in the frame attaches nobody.
 */
export function whenClauseActors(view: SentenceView, hit: TriggerHit, spec: EventTypeSpec, lex: EventLexicon, speakers?: SpeakerTracker): ClauseActor[] {
  if (hit.entry.pos !== 'noun') return [];
  const { tokens, mentions } = view;
  const when = whenAfter(tokens, mentions, hit.last + 1);
  if (when < 0) return [];
  const subjects = subjectsAt(view, when + 1, speakers);
  const last = subjects[subjects.length - 1];
  if (!last) return [];
  const verb = verbAfter(tokens, last.last + 1);
  if (verb < 0 || tenseNear(tokens, verb) === 'future') return [];
  const passive = PASSIVE_AUX.has(tokens[verb - 1]?.normal ?? '') && /(?:ed|en|wn|ld|nt)$/.test(tokens[verb]!.normal);
  const out: ClauseActor[] = [];
  for (const m of subjects) {
    const role = frameRole(lemmaCandidates(tokens[verb]!.text), passive, m, hit, spec, lex);
    if (role) out.push({ m, role });
  }
  return out;
}

/** Index of "when" after the trigger across at most a date/place phrase and a comma, or -1. */
function whenAfter(tokens: Token[], mentions: MentionRef[], from: number): number {
  for (let k = from; k < tokens.length && k - from <= MAX_BRIDGE; k++) {
    const t = tokens[k]!;
    if (t.normal === 'when') return k;
    const inPlace = mentions.some((m) => m.type === 'Place' && m.first <= k && k <= m.last);
    if (!(BRIDGE_WORDS.has(t.normal) || t.tags.has('Date') || t.tags.has('Value') || inPlace)) return -1;
    // Only a comma may close the bridge; any other mark ends the sentence part.
    if (/[;:.!?]/.test(t.post)) return -1;
  }
  return -1;
}

/** The actor(s) opening the when-clause: a name, "A and B", or "he"/"she" resolved through the document. */
function subjectsAt(view: SentenceView, at: number, speakers?: SpeakerTracker): MentionRef[] {
  const { tokens, mentions } = view;
  if (tokens[at]?.normal === 'the') at++;
  const first = mentions.find((m) => m.first === at && isActorType(m.type) && !m.possessive);
  if (first) {
    const out = [first];
    for (;;) {
      const prev = out[out.length - 1]!;
      if (tokens[prev.last + 1]?.normal !== 'and') break;
      const next = mentions.find((m) => m.first === prev.last + 2 && isActorType(m.type) && !m.possessive);
      if (!next) break;
      out.push(next);
    }
    return out;
  }
  const word = tokens[at]?.normal ?? '';
  if (!speakers || !PERSON_PRONOUNS.has(word)) return [];
  const ref = speakers.resolve(view, at, word as 'he' | 'she', false);
  if (!ref || ref === 'unnamed') return [];
  const t = tokens[at]!;
  return [{ entity: ref.entity, type: 'Person', start: t.start, end: t.end, first: at, last: at, possessive: false }];
}

/** The clause's main verb: after auxiliaries and adverbs ("was later elected"), or -1. */
function verbAfter(tokens: Token[], from: number): number {
  for (let k = from; k < tokens.length && k - from <= 3; k++) {
    const t = tokens[k]!;
    if (AUXILIARIES.has(t.normal) && tokens[k + 1] && (tokens[k + 1]!.tags.has('Verb') || tokens[k + 1]!.tags.has('Adverb'))) continue;
    if (t.tags.has('Adverb') && !t.tags.has('Verb')) continue;
    return t.tags.has('Verb') ? k : -1;
  }
  return -1;
}

/** The role a when-clause verb gives its subject in the event's frame, if any. */
function frameRole(lemmas: readonly string[], passive: boolean, m: MentionRef, hit: TriggerHit, spec: EventTypeSpec, lex: EventLexicon): Role | undefined {
  const type = hit.entry.type;
  if (type === 'Election') {
    if (m.type !== 'Person') return undefined;
    if (lemmas.some((l) => ELECTING.has(l))) return passive ? 'winner' : undefined;
    if (lemmas.some((l) => lex.winnerCues.has(l))) return passive ? 'loser' : 'winner';
    if (lemmas.some((l) => lex.loserCues.has(l))) return 'loser';
    return undefined;
  }
  if (!passive && lemmas.some((l) => ORGANIZING.has(l))) return spec.roles.organizedBy ?? (spec.roles.subject === 'agent' ? 'agent' : undefined);
  // A verb of the event's own type: "the crackdown, when X was arrested" → its passive subject's role.
  const lemma = lemmas.find((l) => (lex.byFirstWord.get(l) ?? []).some((e) => e.type === type && e.pos === 'verb' && e.words.length === 1));
  if (!lemma) return undefined;
  const role = (spec.verbRoles.get(lemma) ?? spec.roles)[passive ? 'passiveSubject' : 'subject'];
  if (role && spec.personRole && (role === 'candidate' || role === 'participant')) return m.type === 'Person' ? spec.personRole : 'participant';
  return role;
}
