import { isActorType } from '../../model/ontology.js';
import type { ExtractedEntity } from '../../model/extraction.js';
import type { Role } from '../../model/ontology.js';
import { clauseAround, type MentionRef, type SentenceView, type Token } from '../clauses.js';
import { lemmaCandidates } from '../lemma.js';
import { relationCues } from '../relations/cues.js';
import type { EventLexicon, EventTypeSpec } from './lexicon.js';
import type { SpeakerTracker } from './speakers.js';
import { tenseNear } from './tense.js';
import type { TriggerHit } from './triggers.js';
import { whenClauseActors } from './when-clause.js';

export interface Participant {
  entity: ExtractedEntity;
  role: Role;
}

export interface Arguments {
  participants: Participant[];
  place?: ExtractedEntity;
  /** Token range of the clause the trigger stands in. */
  clause: [number, number];
  /** The subject is a "he"/"she" resolved through the document. */
  pronounSubject?: boolean;
}

const PREPOSITIONS = new Set(['by', 'of', 'against', 'with', 'for', 'on', 'between', 'as', 'from', 'to', 'in', 'at', 'among', 'over', 'into', 'under', 'about', 'after', 'before', 'near', 'across', 'within', 'without', 'amid', 'despite', 'including', 'like', 'than', 'through', 'towards', 'toward', 'via', 'behind']);
/** Event types a country's name may do, as its state: expel, charge, arrest, appoint, declare. */
const STATE_ACTS = new Set(['Statement', 'Resignation', 'LegalAction', 'Arrest', 'Appointment', 'Legislation', 'Acquisition', 'Transaction']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'across', 'outside', 'inside', 'throughout']);
/** Words that may stand between a preposition and its noun: "against the ruling X". */
const NOUN_PHRASE_TAGS = ['Determiner', 'Adjective', 'Value', 'Possessive', 'Noun'];
const COORDINATION = new Set(['and', 'or', 'as well as', 'nor', '&']);
const OWN_SUBJECT = new Set(['his', 'her', 'their', 'its', 'he', 'she', 'they', 'it', 'we', 'i', 'officials', 'police', 'witnesses', 'analysts', 'sources']);
const POSSESSIVE_PRONOUN = new Set(['his', 'her']);
const RELATIVE = new Set(['which', 'who', 'whom', 'whose', 'that']);
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are', 'get', 'got']);
const MAX_DISTANCE = 15;

/**
 * Who takes part in the event a trigger names, and how: subject, object and
 * prepositional phrases of the trigger's clause, mapped to roles by the
 * lexicon's per-type slot table.
 */
export function argumentsOf(view: SentenceView, hit: TriggerHit, spec: EventTypeSpec, lex: EventLexicon, hits: TriggerHit[] = [], speakers?: SpeakerTracker): Arguments {
  const { tokens, mentions } = view;
  const clause = clauseAround(tokens, hit.first);
  const [cFirst, cLast] = clause;
  const isVerb = hit.entry.pos === 'verb';
  const passive = isVerb ? isPassive(tokens, hit.first) || (spec.reducedPassive && (!spec.targetVerbs || spec.targetVerbs.has(hit.entry.lemma)) && reducedPassive(tokens, hit)) : spec.reducedPassive && stateNoun(tokens, hit);
  const found: Array<{ m: MentionRef; slot: string }> = [];
  let pronoun = false;

  // Before the trigger: the nearest mention outside a prepositional phrase, and what is coordinated with it.
  const before = mentions.filter((m) => m.last < hit.first && m.first >= cFirst && hit.first - m.last <= MAX_DISTANCE);
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k]!;
    // "fell to 42 percent of registered voters": a percentage's base measures the event, it takes no part.
    if (measureBase(tokens, m) && (hit.entry.type === 'Election' || quantityGoverned(tokens, m))) continue;
    const adjacent = !isVerb && onlyModifiersBetween(tokens, m.last + 1, hit.first);
    // "during the X strike", "the timing of X's resignation": the preposition heads the trigger's phrase, X still modifies it.
    if (!adjacent && governingPreposition(tokens, m, cFirst) && !quantityOf(tokens, m) && !subordinateSubject(tokens, m, cFirst, hit.first, isVerb)) continue;
    // "X, Y's chairman and CEO, will become": a name inside the subject's apposition.
    if (!adjacent && insideApposition(tokens, m, hit.first, mentions)) continue;
    // "An embassy spokesman said": the body speaks through its spokesman.
    const head = hit.entry.type === 'Statement' && isVerb ? speakingHeadAfter(tokens, m.last + 1) : -1;
    if (head > 0 && !m.possessive && subjectOfVerb(tokens, head, hit.first)) {
      found.push({ m, slot: 'subject' });
      break;
    }
    // A subject must be this trigger's: no other verb's clause in between ("X said the four were arrested").
    if (!adjacent && !(isVerb ? subjectOfVerb(tokens, m.last + 1, hit.first) : subjectOfNoun(tokens, m.last + 1, hit.first))) {
      // "X summoned Y to a meeting": Y is the verb's object and takes part; X may still be the subject.
      if (!isVerb && spec.roles.object === 'participant' && tokens[m.first - 1]?.tags.has('Verb') && invitedTo(tokens, m.last + 1, hit.first)) {
        found.push({ m, slot: 'object' });
        const subject = before[k - 1];
        if (subject && !governingPreposition(tokens, subject, cFirst) && subjectOfNoun(tokens, subject.last + 1, m.first)) found.push({ m: subject, slot: 'subject' });
      }
      break;
    }
    const anti = tokens[m.first - 1]?.normal === 'anti' || /^anti$/i.test(tokens[m.first]?.text.split(/-/)[0] ?? '');
    // "X denied the charges", "X faces trial": the subject of a legal noun undergoes it, unless it brings it ("X filed a lawsuit").
    // "X pledged the elections will be fair": a speaker is no candidate of what he speaks about.
    if (!isVerb && !adjacent && spec.personRole && tokens.slice(m.last + 1, hit.first).some((t) => REPORTING.has(t.normal))) break;
    const legalNoun = !isVerb && !adjacent && spec.nounSubjectUndergoes;
    const undergoes = legalNoun && undergoesAction(tokens, m.last + 1, hit.first);
    // "The government hailed the conviction": neither brought nor suffered it.
    if (legalNoun && !undergoes && !bringsAction(tokens, m.last + 1, hit.first)) break;
    const slot = anti ? 'against' : adjacent ? (m.possessive ? 'possessor' : 'modifier') : passive || undergoes ? 'passiveSubject' : 'subject';
    for (const c of coordinatedBefore(tokens, before, k)) found.push({ m: c, slot });
    break;
  }
  // "X announced his resignation": a possessive pronoun before a noun trigger is the clause's person.
  if (!found.length && !isVerb && POSSESSIVE_PRONOUN.has(tokens[hit.first - 1]?.normal ?? '')) {
    const person = before.filter((m) => m.type === 'Person' && !m.possessive && !governingPreposition(tokens, m, cFirst)).pop();
    if (person && !before.some((m) => m.first > person.last && m.type === 'Person')) found.push({ m: person, slot: 'possessor' });
  }
  // A relative clause ("X, who resigned") takes its subject from just before the comma.
  if (!found.length && cFirst > 0 && ['who', 'which'].includes(tokens[cFirst]!.normal) && (isVerb ? subjectOfVerb(tokens, cFirst + 1, hit.first) : subjectOfNoun(tokens, cFirst + 1, hit.first))) {
    const head = mentions.filter((m) => m.last === cFirst - 1)[0];
    if (head) found.push({ m: head, slot: passive ? 'passiveSubject' : 'subject' });
  }

  // "X barricaded streets, attacked Y", "X hurled grenades, killing two": a verb after a comma shares the sentence's subject.
  if (!found.length && isVerb && /,/.test(tokens[hit.first - 1]?.post ?? '') && !before.some((m) => m.last === hit.first - 1)) {
    const subject = sentenceSubject(tokens, mentions);
    if (subject && subject.last < hit.first) found.push({ m: subject, slot: passive ? 'passiveSubject' : 'subject' });
  }
  // "He resigned", "it will buy X": a subject pronoun stands for the person (or company) just named.
  if (!found.length && isVerb) {
    const ref = pronounSubject(view, cFirst, hit, speakers);
    if (ref) found.push({ m: ref, slot: passive ? 'passiveSubject' : 'subject' });
    pronoun = !!ref && ref.type === 'Person';
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
    if (measureBase(tokens, m) && (hit.entry.type === 'Election' || quantityGoverned(tokens, m))) slot = undefined;
    else if (tokens[m.first - 1]?.normal === 'anti') slot = 'against';
    else if (prep === 'by' && organizedBy(tokens, m)) slot = 'organizedBy';
    // "a statement obtained by Reuters", "distributed by the campaign": whoever handles a statement did not make it.
    else if (prep === 'by' && hit.entry.type === 'Statement' && handledBy(tokens, hit.last + 1, m)) slot = undefined;
    // "said a proposal by X": an active verb's "by" hangs on a noun after it; "killed by X" is a passive's agent.
    else if (prep === 'by' && isVerb && !passive && prepositionAt(tokens, m) > hit.last + 1) slot = undefined;
    else if (prep === 'of' && isVerb && hit.entry.type === 'Attack' && attackableBefore(tokens, hit.last + 1, prepositionAt(tokens, m))) slot = 'object';
    else if (prep) slot = (prep === 'of' && isVerb && prepositionAt(tokens, m) - hit.last > 2) || relationNounBefore(tokens, hit.last + 1, prepositionAt(tokens, m)) ? undefined : prep;
    else if (prevSlot && coordinationBetween(tokens, prevLast + 1, m.first)) slot = prevSlot;
    else if (!verbBetween(tokens, hit.last + 1, m.first) && !commaBetween(tokens, hit.last, m.first) && !modifiesNoun(tokens, m)) slot = 'object';
    if (slot) found.push({ m, slot });
    prevSlot = slot;
    prevLast = m.last;
  }

  const lemma = hit.entry.lemma;
  const participants: Participant[] = [];
  const invertedSpeakers: MentionRef[] = [];
  let place: ExtractedEntity | undefined;
  for (const { m, slot } of found) {
    if (m.type === 'Place') {
      if (PLACE_PREPOSITIONS.has(slot)) place ??= m.entity;
      // A country criticised or attacked acts as an actor.
      else if (slot === 'object' && spec.targetVerbs?.has(lemma) && hit.entry.type === 'Statement') addRole(participants, m.entity, 'target');
      // A country meets, agrees, attacks; but "the Jerusalem demolition" names where, not who.
      else if (['Meeting', 'Agreement', 'Attack'].includes(hit.entry.type) && slot !== 'by' && !(hit.entry.type === 'Attack' && (slot === 'modifier' || slot === 'possessor'))) addRole(participants, m.entity, spec.roles[slot]);
      // "Jordan expels a diplomat", "Iran has accused X": a state acts through its country's name.
      else if (slot === 'subject' && isVerb && STATE_ACTS.has(hit.entry.type) && !spec.personRole) addRole(participants, m.entity, (spec.verbRoles.get(lemma) ?? spec.roles).subject);
      else if (slot === 'modifier') place ??= m.entity;
      continue;
    }
    if (!isActorType(m.type)) continue;
    if (spec.thingTarget && m.type === 'Person' && (spec.verbRoles.get(lemma) ?? spec.roles)[slot] === 'target') continue;
    if (slot === 'object' && spec.targetVerbs && !spec.targetVerbs.has(lemma)) {
      // "told Reuters", "quit the party": the object is not acted upon; "said X" after a quote is the speaker.
      // Only after a quote or a comma: "Residents said students ..." names what was said, not who.
      // "told" never inverts: in "X, a deputy, told soldiers" the soldiers are the audience.
      const inverted = lemma !== 'tell' && (hit.first === cFirst || /[,"”]/.test(tokens[hit.first - 1]?.post ?? ''));
      if (spec.needsAgent && isVerb && inverted && titleOnlyBetween(tokens, hit.last + 1, m.first)) invertedSpeakers.push(m);
      continue;
    }
    let role = (spec.verbRoles.get(lemma) ?? spec.roles)[slot];
    if (!role) continue;
    if (spec.personRole && (role === 'candidate' || role === 'participant')) role = m.type === 'Person' ? spec.personRole : 'participant';
    if (hit.entry.type === 'Election') role = outcome(tokens, m, hit, lex, role);
    // "X won the votes in the election against Y": the one run against lost.
    if (hit.entry.type === 'Election' && role === 'candidate' && (slot === 'against' || slot === 'over') && winnerBefore(tokens, mentions, cFirst, hit, lex)) role = 'loser';
    // "X was elected": the one elected won.
    if (hit.entry.type === 'Election' && slot === 'passiveSubject' && role === 'candidate' && ['elect', 're-elect'].includes(lemma)) role = 'winner';
    addRole(participants, m.entity, role);
  }
  // "said PNL executive president Dorin Vasca": the person the title names speaks.
  // "In the 1992 election X won ... against Y": the one before the winning verb won, though far from the trigger.
  if (hit.entry.type === 'Election') {
    const winner = winnerBefore(tokens, mentions, cFirst, hit, lex) ?? winnerAfter(tokens, mentions, hit, cLast, lex);
    if (winner) {
      const have = participants.find((p) => p.entity === winner.entity);
      if (!have) participants.push({ entity: winner.entity, role: 'winner' });
      else if (have.role === 'candidate' || have.role === 'participant') have.role = 'winner';
    }
    // "Marwick, who defeated him in the 1993 election": "him" is someone other than the winner.
    const beaten = defeatedPronoun(tokens, cFirst, hit, lex);
    const winners = participants.filter((p) => p.role === 'winner').map((p) => p.entity);
    if (beaten >= 0 && speakers) {
      const ref = speakers.resolve(view, beaten, tokens[beaten]!.normal === 'him' ? 'he' : 'she', false, winners);
      if (ref && ref !== 'unnamed') addRole(participants, ref.entity, 'loser');
    }
  }
  // "the first round on 3 May, when X won": the when-clause's actor, with its verb's role in the frame.
  for (const { m, role } of whenClauseActors(view, hit, spec, lex, speakers)) {
    const have = participants.find((p) => p.entity === m.entity);
    if (!have) participants.push({ entity: m.entity, role });
    else if (have.role === 'candidate' || have.role === 'participant') have.role = role;
  }
  if (invertedSpeakers.length && !participants.some((p) => p.role === 'agent')) {
    const speaker = invertedSpeakers.find((m) => m.type === 'Person') ?? invertedSpeakers[0]!;
    addRole(participants, speaker.entity, 'agent');
  }
  // "Foreign Ministry spokesman X said", "X, spokesman for Y, said": the body speaks through its spokesman or head.
  if (hit.entry.type === 'Statement') {
    const speakerMentions = [...found.map((f) => f.m), ...invertedSpeakers].filter((m) => m.type === 'Person' && m.first !== m.last + 1 && participants.some((p) => p.entity === m.entity && p.role === 'agent'));
    for (const m of speakerMentions) {
      const body = bodyOfSpeaker(tokens, mentions, m);
      if (body) addRole(participants, body.entity, 'agent');
    }
  }
  if (!place) {
    const p = mentions.find((m) => m.type === 'Place' && m.first >= cFirst && m.last <= cLast && PLACE_PREPOSITIONS.has(governingPreposition(tokens, m, cFirst) ?? ''));
    if (p) place = p.entity;
  }
  const args: Arguments = { participants, clause };
  if (place) args.place = place;
  if (pronoun) args.pronounSubject = true;
  return args;
}

const PERSON_PRONOUNS = new Set(['he', 'she']);
const relationNounWord = (w: string) => {
  const words = relationCues().linkWords;
  return words.has(w) || words.has(w.replace(/s$/, ''));
};
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me']);

/**
 * The antecedent of a subject pronoun just before the verb trigger: "he" and
 * "she" through the document's speaker tracker, "it" the organisation named
 * last in the sentence.
 */
function pronounSubject(view: SentenceView, cFirst: number, hit: TriggerHit, speakers: SpeakerTracker | undefined): MentionRef | undefined {
  const { tokens, mentions } = view;
  const to = hit.first;
  let k = to - 1;
  while (k >= cFirst && to - k <= 6 && !PERSON_PRONOUNS.has(tokens[k]!.normal) && tokens[k]!.normal !== 'it') k--;
  if (k < cFirst || to - k > 6 || !subjectOfVerb(tokens, k + 1, to)) return undefined;
  const pronoun = tokens[k]!.normal;
  const at = (entity: ExtractedEntity, type: MentionRef['type']): MentionRef => ({ entity, type, start: tokens[k]!.start, end: tokens[k]!.end, first: k, last: k, possessive: false });
  if (pronoun === 'it') {
    // "The X Party, which has a deputy in parliament, denied the unrest it blamed on ...": the sentence's subject first.
    const subject = sentenceSubject(tokens, mentions);
    if (subject && subject.last < k && subject.type === 'Organization') return at(subject.entity, 'Organization');
    const earlier = mentions.filter((m) => m.last < k && m.type !== 'Place');
    const antecedent = earlier[earlier.length - 1];
    return antecedent?.type === 'Organization' ? at(antecedent.entity, 'Organization') : undefined;
  }
  if (!speakers) return undefined;
  const ref = speakers.resolve(view, k, pronoun as 'he' | 'she', hit.entry.type === 'Statement');
  return ref && ref !== 'unnamed' ? at(ref.entity, 'Person') : undefined;
}

const QUANTIFIERS = new Set(['percent', 'per', 'cent', 'most', 'some', 'many', 'all', 'half', 'majority', 'thousands', 'hundreds', 'dozens', 'scores', 'tens', 'millions', 'several', 'few', 'none', 'one', 'two', 'three', 'four', 'five', 'each', 'both', 'rest', 'part']);

/** "half of the country's nurses", "thousands of X": the quantity's X is the actor. */
function quantityOf(tokens: Token[], m: MentionRef): boolean {
  let k = m.first - 1;
  while (k > 0 && tokens[k]!.normal !== 'of' && m.first - k <= 4) k--;
  const q = tokens[k - 1];
  return tokens[k]?.normal === 'of' && !!q && (QUANTIFIERS.has(q.normal) || (q.tags.has('Value') && !q.tags.has('Date')));
}

const PERCENTAGES = new Set(['percent', 'cent', '%', 'share', 'proportion', 'turnout', 'majority', 'fraction']);
const MEASURE_GOVERNORS = new Set(['to', 'from', 'by', 'at', 'with', 'of', 'than', 'over', 'under', 'below', 'above']);
/** Words that only qualify a quantity: "about 42 percent", "nearly half". */
const APPROXIMATORS = new Set(['about', 'around', 'nearly', 'almost', 'only', 'just', 'some', 'roughly', 'barely', 'fully', 'over', 'under']);

/** "42 percent of registered voters", "turnout among young voters": the mention is the base a share is taken of. */
function measureBase(tokens: Token[], m: MentionRef): boolean {
  let k = m.first - 1;
  while (k > 0 && m.first - k <= 3 && (tokens[k]!.tags.has('Determiner') || tokens[k]!.tags.has('Adjective')) && !['of', 'among'].includes(tokens[k]!.normal)) k--;
  if (!['of', 'among'].includes(tokens[k]?.normal ?? '')) return false;
  const q = tokens[k - 1];
  return !!q && (PERCENTAGES.has(q.normal) || /%$/.test(q.text));
}

/** "fell to about 42 percent of X": the quantity is itself an object, so X is no subject either. */
function quantityGoverned(tokens: Token[], m: MentionRef): boolean {
  let k = m.first - 1;
  while (k > 0 && tokens[k]!.normal !== 'of' && tokens[k]!.normal !== 'among') k--;
  // Back over the quantity ("42 percent", "a third") to what stands before it.
  k -= 2;
  while (k > 0 && (tokens[k]!.tags.has('Value') || tokens[k]!.tags.has('Determiner'))) k--;
  if (APPROXIMATORS.has(tokens[k]?.normal ?? '') && MEASURE_GOVERNORS.has(tokens[k - 1]?.normal ?? '')) k--;
  else if (APPROXIMATORS.has(tokens[k]?.normal ?? '')) return tokens[k - 1]?.tags.has('Verb') ?? false;
  return MEASURE_GOVERNORS.has(tokens[k]?.normal ?? '') || (tokens[k]?.tags.has('Verb') ?? false);
}

const ORGANIZING = new Set(['organise', 'organize', 'organised', 'organized', 'call', 'called', 'stage', 'staged', 'lead', 'led', 'sponsor', 'sponsored', 'convene', 'convened']);

/** "a rally organised by X", "the strike called by X": X is behind the event, not just in it. */
function organizedBy(tokens: Token[], m: MentionRef): boolean {
  const by = prepositionAt(tokens, m);
  return ORGANIZING.has(tokens[by - 1]?.normal ?? '');
}

/** The actor before the sentence's first verb, outside any prepositional phrase: who the sentence is about. */
function sentenceSubject(tokens: Token[], mentions: MentionRef[]): MentionRef | undefined {
  const firstVerb = tokens.findIndex((t) => t.tags.has('Verb') && !t.tags.has('Auxiliary'));
  if (firstVerb < 0) return undefined;
  const m = mentions.find((x) => x.last < firstVerb && isActorType(x.type) && !x.possessive && !governingPreposition(tokens, x, 0));
  return m && subjectOfVerb(tokens, m.last + 1, firstVerb) ? m : undefined;
}

/** Things an attack hits that belong to an actor: "attacked the offices of X" hits X. */
const ATTACKABLE = new Set(['office', 'offices', 'headquarters', 'home', 'house', 'residence', 'embassy', 'base', 'bases', 'camp', 'camps', 'convoy', 'vehicle', 'vehicles', 'building', 'post', 'positions', 'position', 'compound', 'premises', 'plant', 'factory']);

function attackableBefore(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ATTACKABLE.has(tokens[k]!.normal)) return true;
  return false;
}

const SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'as', 'while', 'when', 'once']);

/** "a week after union leaders said": the word before the subject opens a clause, it heads no phrase. */
function subordinateSubject(tokens: Token[], m: MentionRef, floor: number, to: number, isVerb: boolean): boolean {
  const word = governingPreposition(tokens, m, floor);
  return isVerb && !!word && SUBORDINATORS.has(word) && subjectOfVerb(tokens, m.last + 1, to);
}

/** "the murder of the wife of X": the phrase hangs on a kinship or relation noun, not on the trigger. */
function relationNounBefore(tokens: Token[], from: number, to: number): boolean {
  const kin = relationCues().kin;
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.normal;
    if (tokens[k]!.tags.has('Noun') && (relationNounWord(w) || kin.has(w) || kin.has(w.replace(/s$/, '')))) return true;
  }
  return false;
}

/** "said [the mill's works council chairman] X": at most a title's words between an inverted speech verb and its speaker. */
function titleOnlyBetween(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 6) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.tags.has('Verb') || t.tags.has('Pronoun') || t.tags.has('Preposition') || /[,;:]/.test(t.post)) return false;
    if (!(t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Noun') || t.tags.has('Possessive'))) return false;
  }
  return true;
}

/** Verbs that report or forecast: what follows them is their content. */
const REPORTING = new Set(['said', 'says', 'say', 'told', 'tells', 'pledged', 'pledges', 'promised', 'promises', 'predicted', 'predicts', 'warned', 'warns', 'hoped', 'hopes', 'feared', 'fears', 'believed', 'believes', 'expected', 'expects', 'insisted', 'insists']);

/** Light verbs whose subject brings a legal action or arrest: "filed a lawsuit", "ordered the arrest". */
const BRINGING = new Set(['file', 'filed', 'files', 'bring', 'brought', 'brings', 'launch', 'launched', 'launches', 'open', 'opened', 'opens', 'order', 'ordered', 'orders', 'issue', 'issued', 'issues', 'press', 'pressed', 'lodge', 'lodged', 'start', 'started', 'begin', 'began', 'conduct', 'conducted', 'make', 'made', 'carry', 'carried', 'hand', 'handed', 'impose', 'imposed']);

/** Verbs whose subject suffers a legal action or arrest: "denied the charges", "faces trial", "was in custody". */
const UNDERGOING = new Set(['deny', 'denied', 'denies', 'face', 'faced', 'faces', 'facing', 'appeal', 'appealed', 'reject', 'rejected', 'contest', 'contested', 'fight', 'fought', 'avoid', 'avoided', 'escape', 'escaped', 'receive', 'received', 'get', 'got', 'serve', 'served', 'serving', 'is', 'was', 'are', 'were', 'be', 'been', 'remain', 'remained', 'remains', 'go', 'went', 'stand', 'stood', 'plead', 'pleaded', 'under', 'in', 'on']);

function undergoesAction(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (UNDERGOING.has(tokens[k]!.normal)) return true;
  return false;
}

function bringsAction(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (BRINGING.has(tokens[k]!.normal)) return true;
  return false;
}

/** Titles of one who speaks for a body: its spokesperson or its head. */
const VOICE_TITLES = new Set(['representing', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chairperson', 'president', 'leader', 'chief', 'secretary-general', 'general', 'director']);
const TITLE_FILLER = new Set(['the', 'a', 'an', "'s", 'chief', 'senior', 'executive', 'deputy', 'acting', 'official', 'national', 'general', 'secretary', 'party', 'union', 'press', 'vice']);

/**
 * The organisation a speaking person voices, from their own noun phrase:
 * "PDSR executive president X", "the Commission's chief spokesman X",
 * "X, spokesman for the Y,". Only spokesperson and head titles.
 */
function bodyOfSpeaker(tokens: Token[], mentions: MentionRef[], person: MentionRef): MentionRef | undefined {
  const isOrg = (x: MentionRef) => x.type === 'Organization';
  // Before the name: ORG ['s] [title words] NAME.
  let k = person.first - 1;
  let titled = false;
  while (k >= 0 && person.first - k <= 4 && !/[,;:"”]/.test(tokens[k]!.post)) {
    const w = tokens[k]!.normal;
    const org = mentions.find((x) => x.last === k && isOrg(x));
    if (org) return titled ? org : undefined;
    if (VOICE_TITLES.has(w)) titled = true;
    else if (!TITLE_FILLER.has(w) && !tokens[k]!.tags.has('Adjective')) return undefined;
    k--;
  }
  // After the name: NAME, [title words] (of|for) [the] ORG.
  if (!/,/.test(tokens[person.last]!.post)) return undefined;
  titled = false;
  for (k = person.last + 1; k < tokens.length && k - person.last <= 6; k++) {
    const w = tokens[k]!.normal;
    const org = mentions.find((x) => x.first === k && isOrg(x));
    if (org) return titled ? org : undefined;
    if (VOICE_TITLES.has(w)) titled = true;
    else if (!TITLE_FILLER.has(w) && w !== 'of' && w !== 'for' && !tokens[k]!.tags.has('Adjective')) return undefined;
  }
  return undefined;
}

/** Heads through which a body speaks: "an embassy spokesman said", "a party official told". */
const SPEAKING_HEADS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'source', 'representative', 'statement', 'communique', 'envoy', 'daily', 'newspaper', 'paper', 'weekly', 'magazine', 'agency', 'television', 'radio']);

/** Index after "[chief] spokesman" following a mention, or -1: the body then speaks through it. */
function speakingHeadAfter(tokens: Token[], from: number): number {
  for (let k = from; k < from + 2 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (SPEAKING_HEADS.has(t.normal)) return k + 1;
    if (!t.tags.has('Adjective') && !t.tags.has('Noun')) return -1;
  }
  return -1;
}

/** Verbs whose "by" names who made a statement: "issued by", "signed by". */
const AUTHORING = new Set(['issue', 'issued', 'release', 'released', 'make', 'made', 'read', 'sign', 'signed', 'deliver', 'delivered', 'put', 'send', 'sent', 'write', 'written', 'draft', 'drafted']);

/** "the statement obtained by X": a participle other than an authoring verb stands between the trigger and "by X". */
function handledBy(tokens: Token[], from: number, m: MentionRef): boolean {
  const by = prepositionAt(tokens, m);
  for (let k = from; k < by; k++) {
    const t = tokens[k]!;
    if (t.tags.has('Verb') && !t.tags.has('Auxiliary') && !AUTHORING.has(t.normal)) return true;
  }
  return false;
}

/**
 * A name set off by commas between its subject and the verb at `to`: "X,
 * Y's chairman, resigned". Not when what the commas follow names no actor
 * of its own: in "Rahimi's assistant, Tarek Soudani, was expelled" the name is the subject.
 */
function insideApposition(tokens: Token[], m: MentionRef, to: number, mentions: MentionRef[]): boolean {
  let open = -1;
  for (let k = m.first - 1; k >= Math.max(0, m.first - 8) && open < 0; k--) {
    if (/,/.test(tokens[k]!.post)) open = k;
    else if (tokens[k]!.tags.has('Verb')) return false;
  }
  // '"...," X, a union leader, told': the comma closes a quotation, it opens no apposition.
  if (open < 0 || /["”]/.test(tokens[open]!.post)) return false;
  const subjectBefore = mentions.some((x) => x.last <= open && x !== m && !x.possessive && isActorType(x.type) && !governingPreposition(tokens, x, 0));
  if (!subjectBefore && !tokens[open]!.tags.has('Pronoun')) return false;
  for (let k = m.last; k < to; k++) if (/,/.test(tokens[k]!.post)) return true;
  return false;
}

/** "to a", "for talks": what stands between an invited object and the noun trigger. */
function invitedTo(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 3 || !['to', 'for'].includes(tokens[from]?.normal ?? '')) return false;
  for (let k = from + 1; k < to; k++) if (!(tokens[k]!.tags.has('Determiner') || tokens[k]!.tags.has('Adjective'))) return false;
  return true;
}

function addRole(list: Participant[], entity: ExtractedEntity, role: Role | undefined): void {
  if (!role || list.some((p) => p.entity === entity)) return;
  list.push({ entity, role });
}

/** "X won the run-off", "defeated X": winners and losers of an election. */
/** Index of "him"/"her" right after a winning verb before the trigger ("defeated him in the election"), or -1. */
function defeatedPronoun(tokens: Token[], cFirst: number, hit: TriggerHit, lex: EventLexicon): number {
  for (let w = hit.first - 1; w >= cFirst; w--) {
    const p = tokens[w + 1];
    if (p && (p.normal === 'him' || p.normal === 'her') && tokens[w]!.tags.has('Verb') && lemmaCandidates(tokens[w]!.text).some((l) => lex.winnerCues.has(l)) && tenseNear(tokens, w) !== 'future') return w + 1;
  }
  return -1;
}

/** The person subject of a winning verb ("won", "beat") before the trigger in its clause. */
function winnerBefore(tokens: Token[], mentions: MentionRef[], cFirst: number, hit: TriggerHit, lex: EventLexicon): MentionRef | undefined {
  for (let w = hit.first - 1; w >= cFirst; w--) {
    if (!tokens[w]!.tags.has('Verb') || !lemmaCandidates(tokens[w]!.text).some((l) => lex.winnerCues.has(l))) continue;
    // "X will almost certainly win the run-off": not decided yet, X is still a candidate.
    if (tenseNear(tokens, w) === 'future') return undefined;
    const s = mentions.filter((m) => m.type === 'Person' && m.last < w && m.first >= cFirst).pop();
    return s && subjectOfVerb(tokens, s.last + 1, w) ? s : undefined;
  }
  return undefined;
}

/** "the election, which X won": the person subject of a winning verb after the trigger, in its clause. */
function winnerAfter(tokens: Token[], mentions: MentionRef[], hit: TriggerHit, cLast: number, lex: EventLexicon): MentionRef | undefined {
  for (let w = hit.last + 1; w <= cLast && w - hit.last <= 8; w++) {
    if (!tokens[w]!.tags.has('Verb') || !lemmaCandidates(tokens[w]!.text).some((l) => lex.winnerCues.has(l))) continue;
    if (tenseNear(tokens, w) === 'future') return undefined;
    const s = mentions.filter((m) => m.type === 'Person' && m.first > hit.last && m.last < w).pop();
    return s && subjectOfVerb(tokens, s.last + 1, w) ? s : undefined;
  }
  return undefined;
}

function outcome(tokens: Token[], m: MentionRef, hit: TriggerHit, lex: EventLexicon, role: Role): Role {
  if (m.type !== 'Person' && role === 'participant') return role;
  const [from, to] = m.last < hit.first ? [m.last + 1, hit.first - 1] : [hit.last + 1, m.first - 1];
  for (let k = Math.max(0, from); k <= to; k++) {
    const lemmas = lemmaCandidates(tokens[k]!.text);
    const cue = lemmas.some((l) => lex.winnerCues.has(l)) || lemmas.some((l) => lex.loserCues.has(l));
    // "X will win the run-off": a forecast decides nothing.
    if (cue && tokens[k]!.tags.has('Verb') && tenseNear(tokens, k) === 'future') return role;
    if (m.last < hit.first && lemmas.some((l) => lex.winnerCues.has(l))) return 'winner';
    if (lemmas.some((l) => lex.loserCues.has(l))) return 'loser';
  }
  return role;
}

function isPassive(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.tags.has('Passive') && !t.tags.has('Auxiliary')) return true;
  // "was also convicted", "were later released": adverbs may stand between the auxiliary and the participle.
  let k = i - 1;
  while (k > 0 && i - k <= 2 && (tokens[k]!.tags.has('Adverb') || VERB_CHAIN.has(tokens[k]!.normal)) && !PASSIVE_AUX.has(tokens[k]!.normal)) k--;
  const prev = tokens[k];
  return !!prev && PASSIVE_AUX.has(prev.normal) && (/ed$|en$/.test(t.normal) || t.tags.has('PastTense'));
}

/** "X was in custody", "X remains under arrest", "X went on trial": the subject of a state noun undergoes it. */
function stateNoun(tokens: Token[], hit: TriggerHit): boolean {
  let k = hit.first - 1;
  if (tokens[k]?.tags.has('Determiner')) k--;
  return ['in', 'under', 'on'].includes(tokens[k]?.normal ?? '') && tokens[k - 1]?.tags.has('Verb') === true;
}

/** "three men arrested.", "Two guards detained in raid": a participle with no auxiliary and no object (headline style). */
function reducedPassive(tokens: Token[], hit: TriggerHit): boolean {
  const t = tokens[hit.last]!;
  if (hit.first !== hit.last || !/ed$|en$/.test(t.normal) || !tokens[hit.first - 1]?.tags.has('Noun')) return false;
  const next = tokens[hit.last + 1];
  return !next || /[.,;:]/.test(t.post) || next.tags.has('Preposition') || next.tags.has('Date');
}

/** The preposition heading the noun phrase a mention ends, if any: "against the ruling X" → "against". */
export function governingPreposition(tokens: Token[], m: MentionRef, floor: number): string | undefined {
  for (let k = m.first - 1, steps = 0; k >= floor && steps < 5; k--, steps++) {
    const t = tokens[k]!;
    if (PREPOSITIONS.has(t.normal) && (t.tags.has('Preposition') || !t.tags.has('Verb'))) return t.normal;
    if (/[,;:]/.test(t.post)) return undefined;
    // "in the letter that army troops raided": a complementizer opens a clause, the phrase before it is closed.
    if (RELATIVE.has(t.normal) || !NOUN_PHRASE_TAGS.some((tag) => t.tags.has(tag)) || t.tags.has('Pronoun')) return undefined;
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
  from = headNounAfter(tokens, from, to);
  if (coordinatedVerbPhrase(tokens, from, to)) return true;
  // "X, head of the Dunmore, Pa.-based unit, said": an apposition runs to the last comma before the verb.
  if (/,/.test(tokens[from - 1]?.post ?? '') && !OWN_SUBJECT.has(tokens[from]?.normal ?? '')) {
    let lastComma = -1;
    for (let k = from; k < to; k++) if (/,/.test(tokens[k]!.post)) lastComma = k;
    if (lastComma >= 0) from = lastComma + 1;
  }
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
      if (t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Copula') || PASSIVE_AUX.has(t.normal) || tokens[k + 1]?.normal === 'to') continue;
      // "failed for the third time to choose": a control verb and a short adjunct before "to".
      const toAt = controlledTo(tokens, k + 1, to);
      if (toAt > 0) {
        k = toAt;
        continue;
      }
      // "denied attacking X", "began picketing": a verb whose object is the gerund trigger.
      if (k === to - 1 && tokens[to]?.tags.has('Gerund')) continue;
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

/**
 * "Gulf foreign ministers will meet", "union leaders said": the
 * mention modifies a plural head that is the subject; the body speaks through them.
 */
function headNounAfter(tokens: Token[], from: number, to: number): number {
  for (let k = from; k < Math.min(to, from + 3); k++) {
    const t = tokens[k]!;
    if (/[,;:]/.test(tokens[k - 1]?.post ?? '')) return from;
    // "X backers", "X rivals": people of another side, not X speaking.
    if (relationNounWord(t.normal)) return from;
    if (t.tags.has('Plural') && t.tags.has('Noun') && !t.tags.has('ProperNoun') && !t.tags.has('Pronoun')) return k + 1;
    if (!(t.tags.has('Adjective') || t.tags.has('Noun')) || t.tags.has('Verb') || t.tags.has('ProperNoun') || t.tags.has('Pronoun') || t.tags.has('Date')) return from;
  }
  return from;
}

/** "X was detained and will be prosecuted": verbs of the same subject joined by "and", no noun between. */
function coordinatedVerbPhrase(tokens: Token[], from: number, to: number): boolean {
  let and = -1;
  for (let k = from; k < to; k++) if (tokens[k]!.normal === 'and') and = k;
  if (and <= from) return false;
  const chain = (t: Token) => t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Copula') || t.tags.has('Adverb') || VERB_CHAIN.has(t.normal);
  for (let k = from; k < and; k++) if (!(chain(tokens[k]!) || tokens[k]!.tags.has('Verb')) || /[,;:]/.test(tokens[k]!.post)) return false;
  for (let k = and + 1; k < to; k++) if (!chain(tokens[k]!)) return false;
  return tokens.slice(from, and).some((t) => t.tags.has('Verb') && !t.tags.has('Auxiliary'));
}

/** Index of "to" after a control verb's adjunct ("for the third time", "on Monday"), or -1. */
function controlledTo(tokens: Token[], from: number, to: number): number {
  for (let k = from; k < Math.min(to, from + 5); k++) {
    const t = tokens[k]!;
    if (t.normal === 'to') return k > from ? k : -1;
    if (!(t.tags.has('Preposition') || t.tags.has('Determiner') || t.tags.has('Value') || t.tags.has('Adverb') || t.tags.has('Date') || t.normal === 'time')) return -1;
  }
  return -1;
}

/** "X staged a strike", "X took part in the protest": a light verb and an article, no other noun. */
function subjectOfNoun(tokens: Token[], from: number, to: number): boolean {
  // "X, president from 2006 to 2010, won this first round": skip the apposition.
  if (/,/.test(tokens[from - 1]?.post ?? '') && !OWN_SUBJECT.has(tokens[from]?.normal ?? '')) {
    let lastComma = -1;
    for (let k = from; k < to && k - from <= 14; k++) if (/,/.test(tokens[k]!.post)) lastComma = k;
    if (lastComma >= 0 && !tokens.slice(from, lastComma + 1).some((t) => t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Participle'))) from = lastComma + 1;
  }
  if (to - from > 6) return false;
  let verbs = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.tags.has('Verb')) {
      verbs++;
      continue;
    }
    if (t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Preposition') || t.tags.has('Adverb') || t.normal === 'part') continue;
    // "beat him in the 1990 election": an object pronoun, a date.
    if (OBJECT_PRONOUNS.has(t.normal) || t.tags.has('Date') || t.tags.has('Value')) continue;
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
  // "X, the Y candidate": a comma and an article open an apposition, not a list.
  if (!words.length) return /,/.test(tokens[from - 1]?.post ?? '') && to === from;
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
