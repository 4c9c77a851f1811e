import type { ExtractedEntity, ExtractedRelation } from '../../model/extraction.js';
import { type MentionRef, type SentenceView, isPrepositionGap, wordsBetween } from '../clauses.js';
import { coordinatedLists } from './coordination.js';
import { withTopicPronoun } from './topic.js';

/**
 * Teams and the league they play in (PART_OF). A league is an organisation
 * whose name says so ("Northern Hockey League", "Liga Uno"); a team is an
 * organisation someone plays for (a MEMBER_OF the rules read, "X played for
 * Y"), or one written right before the league ("the Hawks and the Bears of
 * the Northern League"). In a sentence that names one league, the teams it
 * names are taken to be in it: "X played two seasons in the Northern League
 * for the Hawks and the Bears".
 */
const LEAGUE_WORDS = new Set(['league', 'liga', 'ligue', 'bundesliga', 'conference']);
/** "the Hawks of the Northern League", "the Bears in the Northern League". */
const TIE_WORDS = new Set(['of', 'in']);
const NEXT_TO = 0.55;
/** What an encyclopedia intro calls its subject when the subject is a team. */
const TEAM_WORDS = new Set(['team', 'club', 'franchise', 'side']);
const SAME_SENTENCE = 0.5;

export interface LeagueRelation {
  subject: ExtractedEntity;
  object: ExtractedEntity;
  confidence: number;
  evidence: { start: number; end: number };
}

/** "National Basketball Association": an association named after a sport is a league. */
const SPORTS = new Set(['football', 'basketball', 'baseball', 'hockey', 'soccer', 'rugby', 'cricket', 'volleyball', 'handball', 'lacrosse']);

export function isLeague(e: ExtractedEntity): boolean {
  if (e.type !== 'Organization') return false;
  const words = e.name.toLowerCase().split(/[\s-]+/);
  return words.some((w) => LEAGUE_WORDS.has(w)) || (words[words.length - 1] === 'association' && words.some((w) => SPORTS.has(w)));
}

/** Words of a sports league's name besides the sport's: "Premier League", "Major League Baseball", "Minor League". */
const SPORTS_LEAGUE_WORDS = new Set(['premier', 'major', 'minor']);

/**
 * "the Northern Hockey League", "the Premier League": a league of teams, not a political "Awami League". Players belong
 * to its teams, not to it.
 */
export function isSportsLeague(e: ExtractedEntity): boolean {
  return isLeague(e) && e.name.toLowerCase().split(/[\s-]+/).some((w) => SPORTS.has(w) || SPORTS_LEAGUE_WORDS.has(w));
}

/**
 * PART_OF relations between teams and leagues, given the relations found so far.
 * `topic`: an encyclopedia intro's subject; when its first sentence calls it a team or club,
 * the leagues named in the sentences about it ("It plays in the Y League") are its leagues.
 */
export function leagueRelations(views: readonly SentenceView[], entities: readonly ExtractedEntity[], found: Iterable<ExtractedRelation>, topic?: ExtractedEntity): LeagueRelation[] {
  const leagues = new Set(entities.filter(isLeague));
  if (leagues.size === 0) return [];
  const byId = new Map(entities.map((e) => [e.id, e]));
  // Teams: organisations a person is a member of (players, coaches) that are no league themselves.
  const teams = new Set<ExtractedEntity>();
  for (const r of found) {
    const s = byId.get(r.subject), o = byId.get(r.object);
    if (r.predicate === 'MEMBER_OF' && s?.type === 'Person' && o && !leagues.has(o)) teams.add(o);
  }
  const topicTeam = topic?.type === 'Organization' && !leagues.has(topic) && views[0]?.tokens.some((t) => TEAM_WORDS.has(t.normal)) ? topic : undefined;
  const out: LeagueRelation[] = [];
  for (const view of views) {
    const named = view.mentions.filter((m) => leagues.has(m.entity));
    if (named.length === 0) continue;
    const evidence = { start: view.sentence.start, end: view.sentence.end };
    if (topicTeam && withTopicPronoun(view, topicTeam)[0]?.entity === topicTeam) {
      for (const l of new Set(named.map((m) => m.entity))) out.push({ subject: topicTeam, object: l, confidence: SAME_SENTENCE, evidence });
    }
    const league = new Set(named.map((m) => m.entity)).size === 1 ? named[0]!.entity : undefined;
    if (league) {
      for (const m of view.mentions) if (teams.has(m.entity)) out.push({ subject: m.entity, object: league, confidence: SAME_SENTENCE, evidence });
    }
    // "the Hawks and the Bears of the Northern League": the team (and its list) right before the league.
    let lists: Map<MentionRef, MentionRef[]> | undefined;
    for (const l of named) {
      const i = view.mentions.indexOf(l);
      const t = view.mentions[i - 1];
      if (!t || t.type !== 'Organization' || leagues.has(t.entity) || t.possessive) continue;
      if (!isPrepositionGap(wordsBetween(view.tokens, t, l), TIE_WORDS)) continue;
      if (/[,;(]/.test(view.tokens[t.last]!.post)) continue;
      lists ??= coordinatedLists(view);
      for (const m of lists.get(t) ?? [t]) {
        if (m.type === 'Organization' && !leagues.has(m.entity)) out.push({ subject: m.entity, object: l.entity, confidence: NEXT_TO, evidence });
      }
    }
  }
  return out;
}
