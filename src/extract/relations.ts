import type { ExtractedEntity, ExtractedRelation } from '../model/extraction.js';
import type { EntityType, Predicate } from '../model/ontology.js';
import { PREDICATE_SIGNATURES, SYMMETRIC_PREDICATES } from '../model/ontology.js';
import { type MentionRef, type SentenceView, sentenceViews } from './clauses.js';
import { lex } from './entities/lexicons.js';
import { relationCues } from './relations/cues.js';
import { anonymousTitle, basedModifier, type RawRelation, sentenceRelations } from './relations/patterns.js';
import { withAnaphora } from './relations/anaphora.js';
import { type Succession, successions } from './relations/succession.js';
import { mainOrganization, type OrphanTitle, orphanTitles } from './relations/orphan-titles.js';
import { ledBodies } from './relations/led-bodies.js';
import { unitRelations } from './relations/units.js';
import { frontedTitle } from './relations/fronted.js';
import { frontedParticiples } from './relations/fronted-participles.js';
import { memberLists } from './relations/member-lists.js';
import { kinCouples } from './relations/kin-couples.js';
import { teacherRelations } from './relations/teachers.js';
import { pairBefore, twoSides } from './relations/two-sides.js';
import { speechRelations } from './relations/speech.js';
import { distributeOverLists } from './relations/coordination.js';
import { locatedRelations } from './relations/located.js';
import { isLeague, isSportsLeague, leagueRelations } from './relations/leagues.js';
import { placeKey, placeKnowledge } from './relations/places.js';
import { documentStyle, topicKind, topicOf, withTopicPronoun } from './relations/topic.js';
import { forceRelations, isMilitaryUnit, isNationalForce } from './relations/forces.js';
import { defaultRelationModel, learnedRelations, type RelationModel } from './relations/learned/index.js';
import { sentenceOf } from './context.js';
import type { DocumentContext } from './types.js';


/**
 * Relations from patterns over each sentence (titles, appositions, linking
 * verbs, "X-based"), document-level stand-ins ("President X" leads the
 * country the story is about), and gazetteer knowledge of where places lie.
 */
export function findRelations(ctx: DocumentContext, entities: ExtractedEntity[], relationModel?: RelationModel | null): ExtractedRelation[] {
  const cues = relationCues();
  const views = sentenceViews(ctx, entities);
  const docLevel = documentActors(ctx, entities);
  const best = new Map<string, ExtractedRelation>();
  const add = (subject: ExtractedEntity, predicate: Predicate, object: ExtractedEntity, confidence: number, evidence: { start: number; end: number }, employed = false) => {
    if (subject === object) return;
    // An organisation that is a member of another is part of it (a party in a coalition).
    if (predicate === 'MEMBER_OF' && subject.type === 'Organization') predicate = 'PART_OF';
    // "the league's top scorer", "a Premier League striker": a player belongs to a team, and the team to the league.
    if (predicate === 'MEMBER_OF' && subject.type === 'Person' && isSportsLeague(object)) return;
    const [sTypes, oTypes] = PREDICATE_SIGNATURES[predicate];
    if (!sTypes.includes(subject.type) || !oTypes.includes(object.type)) return;
    let [s, o] = [subject, object];
    if (predicate === 'WORKS_FOR' && !employed && isMembershipOrg(o, cues.membershipOrgs)) predicate = 'MEMBER_OF';
    // "Acme Corp.'s Ann Lee": people work for companies rather than belong to them.
    else if (predicate === 'MEMBER_OF' && s.type === 'Person' && isCompany(o)) predicate = 'WORKS_FOR';
    if (SYMMETRIC_PREDICATES.has(predicate) && s.id > o.id) [s, o] = [o, s];
    const key = `${s.id}|${predicate}|${o.id}`;
    const have = best.get(key);
    if (!have || have.confidence < confidence) best.set(key, { subject: s.id, predicate, object: o.id, confidence, evidence });
  };
  let lastPerson: MentionRef | undefined;
  // The two actors last named together, and how many sentences ago.
  let lastPair: [MentionRef, MentionRef] | undefined;
  let pairAge = 0;
  let pendingTitle: ReturnType<typeof anonymousTitle>;
  // An encyclopedia intro's "He was the son of Y", "It is based in Y" speak of its subject.
  const partyOf = partyLabels(entities, cues.membershipOrgs);
  const encyclopedic = documentStyle(views) === 'enc';
  const topic = encyclopedic ? topicOf(entities) : undefined;
  const kind = topicKind(views, topic);
  // A news story's "the party", "the company", "He": the actor named before (anaphora.ts).
  const resolved = encyclopedic ? undefined : withAnaphora(views, cues);
  const succeeded: Array<Succession & { evidence: { start: number; end: number } }> = [];
  const orphans: Array<OrphanTitle & { evidence: { start: number; end: number } }> = [];
  for (const shared of views) {
    const view = topic ? { ...shared, mentions: withTopicPronoun(shared, topic, kind) } : resolved ? { ...shared, mentions: resolved.get(shared)! } : shared;
    const evidence = { start: view.sentence.start, end: view.sentence.end };
    // "the chief of X said ... . Y told a news conference": Y, introduced right after, holds the title.
    const opener = view.mentions[0];
    if (pendingTitle && opener?.type === 'Person' && opener.first <= 1 && opener.entity.mentions[0]!.start >= view.sentence.start) {
      const predicate = pendingTitle.org.type === 'Place' ? 'LEADS' : pendingTitle.title.predicate;
      add(opener.entity, predicate, pendingTitle.org.entity, 0.5, evidence, pendingTitle.title.employment);
    }
    pendingTitle = anonymousTitle(view, cues);
    const raws = sentenceRelations(view, cues, lastPerson, partyOf);
    if (!encyclopedic) raws.push(...speechRelations(view, cues, raws));
    raws.push(...ledBodies(view));
    raws.push(...unitRelations(view));
    if (topic) raws.push(...frontedTitle(view, topic, cues));
    raws.push(...frontedParticiples(view));
    raws.push(...memberLists(view, topic));
    raws.push(...kinCouples(view));
    raws.push(...teacherRelations(view));
    raws.push(...distributeOverLists(view, raws));
    for (const r of raws) {
      // "the Glenview, Ill.-based company's chief": a place before "-based" is where the body is, not a body.
      if (typeof r.object === 'object' && 'type' in r.object && r.object.type === 'Place' && r.predicate !== 'LOCATED_IN' && basedModifier(view.tokens, r.object)) continue;
      const object = resolveObject(r, docLevel);
      if (object) add(r.subject.entity, r.predicate, object, r.confidence, evidence, r.employed);
    }
    // "Clashes between the two parties": the pair named together just before.
    const sides = twoSides(view, lastPair);
    if (sides) add(sides.a.entity, sides.predicate, sides.b.entity, TWO_SIDES, evidence);
    const named = pairBefore(view);
    if (named) [lastPair, pairAge] = [named, 0];
    else if (lastPair && ++pairAge > MAX_PAIR_AGE) lastPair = undefined;
    for (const x of successions(view, cues)) succeeded.push({ ...x, evidence });
    if (resolved) for (const o of orphanTitles(view, cues)) orphans.push({ ...o, evidence });
    lastPerson = [...view.mentions].reverse().find((m) => m.type === 'Person') ?? lastPerson;
  }
  for (const r of namedGovernments(ctx, entities)) add(r.subject, 'LEADS', r.object, 0.6, r.evidence);
  // "spokesman X" with no body named: the story's main organisation, unless the text ties X to another.
  // Counted with "the commission", "the party": a story names its main body once and then describes it.
  const mainOrg = orphans.length ? mainOrganization(entities, resolved && mentionCounts(views, resolved)) : undefined;
  const affiliated = (e: ExtractedEntity) => [...best.values()].some((r) => r.subject === e.id && AFFILIATIONS.has(r.predicate) && entities.find((o) => o.id === r.object)?.type === 'Organization');
  for (const { person, title, evidence } of mainOrg ? orphans : []) {
    if (!affiliated(person.entity)) add(person.entity, title.predicate, mainOrg!, ORPHAN_TITLE, evidence, title.employment);
  }
  // "A replaced B": what one of them leads, the other led (or came to lead).
  for (const { successor, predecessor, office, leadsOffice, evidence } of succeeded) {
    if (office && leadsOffice) for (const m of [successor, predecessor]) add(m.entity, 'LEADS', office.entity, SUCCESSION, evidence);
    for (const r of [...best.values()]) {
      if (r.predicate !== 'LEADS' || (office !== undefined && r.object !== office?.entity.id)) continue;
      const other = r.subject === successor.entity.id ? predecessor : r.subject === predecessor.entity.id ? successor : undefined;
      const object = other && entities.find((e) => e.id === r.object);
      if (other && object) add(other.entity, 'LEADS', object, Math.min(r.confidence, SUCCESSION), evidence);
    }
  }
  // Teams and their league: the players' clubs (read above) in a sentence that names one league.
  for (const l of leagueRelations(views, entities, best.values(), topic)) add(l.subject, 'PART_OF', l.object, l.confidence, l.evidence);
  // Armed forces: "commander of the X Army" heads it and serves in it; a text about one national force
  // names its units and officers (forces.ts).
  const byEntity = new Map(entities.map((e) => [e.id, e]));
  for (const r of [...best.values()]) {
    const o = r.predicate === 'LEADS' ? byEntity.get(r.object) : undefined;
    if (o?.type === 'Organization' && (isNationalForce(o.name, cues.military) || isMilitaryUnit(o.name, cues.military))) add(byEntity.get(r.subject)!, 'MEMBER_OF', o, r.confidence - COMMANDER_MEMBER_DISCOUNT, r.evidence);
  }
  for (const f of forceRelations(ctx, entities, cues.military)) add(f.subject, f.predicate, f.object, f.confidence, f.evidence);
  // A member of a unit is a member of the body with members the unit is part of ("a private in the 9th
  // Regiment, Y Army"). Not of a league: a player is in a club, and the club in the league.
  const partsOf = new Map<string, ExtractedRelation[]>();
  for (const p of best.values()) if (p.predicate === 'PART_OF') partsOf.set(p.subject, [...(partsOf.get(p.subject) ?? []), p]);
  for (const m of partsOf.size ? [...best.values()] : []) {
    if (m.predicate !== 'MEMBER_OF') continue;
    for (const p of partsOf.get(m.object) ?? []) {
      const whole = byEntity.get(p.object);
      if (whole && !isLeague(whole) && isMembershipOrg(whole, cues.membershipOrgs)) add(byEntity.get(m.subject)!, 'MEMBER_OF', whole, Math.min(m.confidence, p.confidence) - MEMBER_OF_WHOLE_DISCOUNT, m.evidence);
    }
  }
  // An encyclopedia counts a party's leader among its members (news stories state only the leadership).
  if (encyclopedic) {
    for (const r of [...best.values()]) {
      const o = r.predicate === 'LEADS' ? byEntity.get(r.object) : undefined;
      if (o && isParty(o, cues.partyHeads)) add(byEntity.get(r.subject)!, 'MEMBER_OF', o, r.confidence - LEADER_MEMBER_DISCOUNT, r.evidence);
    }
  }
  // Where things lie: what the text states, closed over world knowledge of places.
  const byId = new Map(entities.map((e) => [e.id, e]));
  const stated = [...best.entries()].filter(([, r]) => r.predicate === 'LOCATED_IN').map(([key, r]) => {
    best.delete(key);
    return { subject: byId.get(r.subject)!, object: byId.get(r.object)!, confidence: r.confidence, evidence: r.evidence };
  });
  for (const l of locatedRelations(ctx, entities, stated, docLevel.mainCountry, encyclopedic)) add(l.subject, 'LOCATED_IN', l.object, l.confidence, l.evidence);
  const rules = [...best.values()];
  // Learned relations (issue 9): a classifier adds relations for pairs the rules above left unrelated.
  // `relationModel` undefined means the committed model; null turns the classifier off.
  const model = relationModel === undefined ? defaultRelationModel() : relationModel;
  return model ? [...rules, ...learnedRelations(ctx, entities, rules, model)] : rules;
}

/** How often each entity is mentioned, by name or by a description standing for it (anaphora.ts). */
function mentionCounts(views: readonly SentenceView[], resolved: Map<SentenceView, MentionRef[]>): Map<ExtractedEntity, number> {
  const counts = new Map<ExtractedEntity, number>();
  for (const view of views) for (const m of resolved.get(view) ?? view.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  return counts;
}

/** A leadership copied from a successor to a predecessor (or back) is a step removed from the text. */
const SUCCESSION = 0.55;
/** "the two parties" stands for a pair named a sentence or two before: a step removed from the names. */
const TWO_SIDES = 0.5;
/** Sentences after which "the two" no longer reaches back to a pair. */
const MAX_PAIR_AGE = 2;
/** A membership carried from a unit to the body it is part of: a step removed from the text. */
const MEMBER_OF_WHOLE_DISCOUNT = 0.1;
/** A commander's membership of the force he commands: implied by the title, a step from the text. */
const COMMANDER_MEMBER_DISCOUNT = 0.05;
/** A leader's membership of the party he leads: implied by the leadership, a step from the text. */
const LEADER_MEMBER_DISCOUNT = 0.05;
/** A title tied to the story's main organisation for want of another: a document-level guess. */
const ORPHAN_TITLE = 0.45;
const AFFILIATIONS: ReadonlySet<Predicate> = new Set(['LEADS', 'WORKS_FOR', 'MEMBER_OF', 'CANDIDATE_OF']);

interface DocumentActors {
  mainCountry?: ExtractedEntity;
  government?: ExtractedEntity;
  countryByFold: Map<string, ExtractedEntity>;
}

function resolveObject(r: RawRelation, doc: DocumentActors): ExtractedEntity | undefined {
  if (r.object === 'mainCountry') return doc.mainCountry;
  if (r.object === 'government') return doc.government;
  if ('named' in r.object) return r.object.named;
  if ('demonym' in r.object) {
    const country = placeKnowledge().demonyms.get(r.object.demonym);
    return country ? doc.countryByFold.get(country) : undefined;
  }
  return r.object.entity;
}

/** The country the story is about (most mentioned, demonyms included) and its government, if named. */
function documentActors(ctx: DocumentContext, entities: ExtractedEntity[]): DocumentActors {
  const { countries, demonyms } = placeKnowledge();
  const countryByFold = new Map<string, ExtractedEntity>();
  for (const e of entities) {
    if (e.type !== 'Place') continue;
    for (const n of [e.name, ...e.aliases]) if (countries.has(placeKey(n))) countryByFold.set(placeKey(n), e);
  }
  const counts = new Map<ExtractedEntity, number>();
  for (const e of new Set(countryByFold.values())) counts.set(e, e.mentions.length);
  // Demonyms and the dateline only add to countries the story names: with none, the text is not scanned.
  for (const m of countryByFold.size ? ctx.text.matchAll(/\b\p{Lu}\p{L}+(?:an|ese|ish|i|ch|ic)\b/gu) : []) {
    const c = demonyms.get(placeKey(m[0]));
    const e = c ? countryByFold.get(c) : undefined;
    if (e) counts.set(e, (counts.get(e) ?? 0) + 0.5);
  }
  // The dateline city ("KARACHI 1996-08-28") says where the story is from.
  const dateline = countryByFold.size ? /^\s*([A-Z][A-Z .'-]+?),?\s+\d{4}-\d\d-\d\d\s*$/m.exec(ctx.text.slice(0, 400)) : null;
  for (const code of dateline ? (placeKnowledge().within.get(placeKey(dateline[1]!)) ?? []) : []) {
    const e = [...countryByFold.entries()].find(([n]) => countries.get(n) === code)?.[1];
    if (e) counts.set(e, (counts.get(e) ?? 0) + 3);
  }
  const mainCountry = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const governments = entities.filter((e) => e.type === 'Organization' && /\bgovernment\b/i.test(e.name)).sort((a, b) => b.mentions.length - a.mentions.length);
  return { ...(mainCountry && { mainCountry }), ...(governments[0] && { government: governments[0] }), countryByFold };
}

/**
 * The label word of each party or movement of the document ("Socialist" for "the Socialist Party",
 * "Labor" for "the Australian Labor Party" is not taken: only a name's first word), when one body has it.
 */
function partyLabels(entities: ExtractedEntity[], heads: ReadonlySet<string>): (word: string) => ExtractedEntity | undefined {
  const byWord = new Map<string, ExtractedEntity | null>();
  for (const e of entities) {
    if (e.type !== 'Organization') continue;
    const words = e.name.replace(/^the\s+/i, '').split(/\s+/);
    if (words.length < 2 || !/^\p{Lu}\p{Ll}+$/u.test(words[0]!) || !heads.has(words[words.length - 1]!.toLowerCase())) continue;
    const w = words[0]!.toLowerCase();
    byWord.set(w, byWord.has(w) && byWord.get(w) !== e ? null : e);
  }
  // "Democrats" and "Democrat" for the Democratic Party
  return (word) => byWord.get(word) ?? byWord.get(word.replace(/s$/, '')) ?? byWord.get(`${word.replace(/s$/, '')}ic`) ?? undefined;
}

/** "Acme Holdings Inc.": the name ends in a company suffix. */
function isCompany(e: ExtractedEntity): boolean {
  const words = e.name.toLowerCase().split(/\s+/);
  return lex.orgSuffixes().has(words[words.length - 1]!.replace(/\.$/, ''));
}

function isMembershipOrg(e: ExtractedEntity, heads: ReadonlySet<string>): boolean {
  // "X Group Inc.": a company, whatever its name says; people work for it.
  if (isCompany(e)) return false;
  return e.name.toLowerCase().split(/\s+/).some((w) => heads.has(w));
}

/** "the National Renewal Party", "the Green Bloc": a political body by its name's words (not a company). */
function isParty(e: ExtractedEntity, heads: ReadonlySet<string>): boolean {
  return e.type === 'Organization' && !isCompany(e) && e.name.toLowerCase().split(/\s+/).some((w) => heads.has(w));
}

/** Heads of a government named after them: "the Ortega government", "Tanaka's cabinet". */
const LED_BODY = /^(\p{Lu}[\p{L}'’-]*?)(?:['’]s)?\s+(?:[\p{Ll}\d-]+\s+){0,2}(?:government|administration|cabinet|regime)$/u;

function namedGovernments(ctx: DocumentContext, entities: ExtractedEntity[]): Array<{ subject: ExtractedEntity; object: ExtractedEntity; evidence: { start: number; end: number } }> {
  const out = [];
  for (const org of entities) {
    if (org.type !== 'Organization') continue;
    const surname = [org.name, ...org.aliases].map((n) => LED_BODY.exec(n)?.[1]).find(Boolean);
    if (!surname) continue;
    const key = placeKey(surname);
    const people = entities.filter((e) => e.type === 'Person' && [e.name, ...e.aliases].some((n) => placeKey(n.split(/\s+/).pop() ?? '') === key));
    const m = org.mentions[0];
    if (people.length !== 1 || !m) continue;
    out.push({ subject: people[0]!, object: org, evidence: sentenceOf(ctx, m) });
  }
  return out;
}
