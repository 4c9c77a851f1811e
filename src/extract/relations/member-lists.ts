import type { ExtractedEntity } from '../../model/extraction.js';
import type { MentionRef, SentenceView, Token } from '../clauses.js';
import type { RawRelation } from './patterns.js';

/**
 * A body's members given as examples: "with players like A and B", "former
 * players, including A, B and C", "such star players as A and B". The named
 * people are members (MEMBER_OF) of the body whose players they are: one
 * written as the players' possessor ("the club's players"), else the
 * sentence's first mention when it is the one organisation named before the
 * noun, else (no organisation before it) the article's subject.
 */
const MEMBER_NOUNS = new Set(['players', 'members', 'footballers', 'coaches', 'cricketers', 'musicians']);
const EXAMPLE_CUES = new Set(['like', 'including', 'include', 'included', 'as']);
/** Words between the noun and the cue: "alumni and staff later turned out for clubs of the L, including". */
const MAX_TO_CUE = 16;
const CONFIDENCE = 0.5;

export function memberLists(view: SentenceView, topic: ExtractedEntity | undefined): RawRelation[] {
  const { tokens, mentions } = view;
  const out: RawRelation[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!MEMBER_NOUNS.has(tokens[k]!.normal)) continue;
    const cue = exampleCue(tokens, k);
    if (cue < 0) continue;
    const people = listAfter(tokens, mentions, cue);
    if (people.length === 0) continue;
    const body = bodyOf(tokens, mentions, k, topic);
    if (!body) continue;
    for (const p of people) out.push({ subject: p, predicate: 'MEMBER_OF', object: { named: body }, confidence: CONFIDENCE });
    k = people[people.length - 1]!.last;
  }
  return out;
}

/** The cue word that opens the examples: "players like", "players ..., including", "such players as". */
function exampleCue(tokens: Token[], k: number): number {
  const such = tokens.slice(Math.max(0, k - 3), k).some((t) => t.normal === 'such');
  for (let c = k + 1; c < tokens.length && c - k <= MAX_TO_CUE; c++) {
    const w = tokens[c]!.normal;
    if (/[;:]/.test(tokens[c - 1]!.post)) return -1;
    if (w === 'as' ? such && c === k + 1 : EXAMPLE_CUES.has(w) && w !== 'as' && (c === k + 1 || w === 'including' || w === 'include' || w === 'included')) return c;
  }
  return -1;
}

/** The people named right after the cue, joined by commas and "and". */
function listAfter(tokens: Token[], mentions: MentionRef[], cue: number): MentionRef[] {
  const people: MentionRef[] = [];
  let from = cue + 1;
  for (const m of mentions) {
    if (m.first < from) continue;
    const gap = tokens.slice(from, m.first).map((t) => t.normal).filter((w) => w !== 'the');
    if (m.type !== 'Person' || gap.some((w) => w !== 'and' && w !== 'or')) break;
    people.push(m);
    from = m.last + 1;
  }
  return people;
}

/** Whose players: a possessor right before the noun, the sentence's opening organisation, or the article's subject. */
function bodyOf(tokens: Token[], mentions: MentionRef[], k: number, topic: ExtractedEntity | undefined): ExtractedEntity | undefined {
  const before = mentions.filter((m) => m.last < k);
  const owner = before[before.length - 1];
  if (owner?.type === 'Organization' && owner.possessive && k - owner.last <= 3) return owner.entity;
  const bodies = new Set(before.filter((m) => m.type === 'Organization').map((m) => m.entity));
  if (bodies.size === 1 && before[0]?.type === 'Organization') return before[0].entity;
  return topic?.type === 'Organization' && bodies.size === 0 ? topic : undefined;
}
