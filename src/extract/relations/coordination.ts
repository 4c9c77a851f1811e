import type { Predicate } from '../../model/ontology.js';
import type { MentionRef, SentenceView, Token } from '../clauses.js';
import type { RawRelation } from './patterns.js';

/**
 * Conjunction distribution: a relation that one member of a coordinated list
 * of names takes part in holds for every member ("A, B and C joined Y",
 * "Y hired A and B", "X, led by A and B"). Rows and rules join neighbouring
 * names only; this spreads their result over the list, on either side.
 */

/** Predicates a list shares. Kinship and place are left out: "A and B's son C", "Paris and London" lists are read elsewhere. */
const SHARED: ReadonlySet<Predicate> = new Set(['MEMBER_OF', 'WORKS_FOR', 'LEADS', 'OPPOSES', 'SUPPORTS', 'CANDIDATE_OF', 'PART_OF']);
const JOINERS = new Set(['and', 'or', '&']);
/** A copy made for another list member is a little less sure than the relation read off the text. */
const LIST_DISCOUNT = 0.05;
/** Longer runs are likely tables or enumerations of something else. */
const MAX_LIST = 8;

/** Relations for the other members of the lists that the ends of `raws` belong to. */
export function distributeOverLists(view: SentenceView, raws: readonly RawRelation[]): RawRelation[] {
  if (raws.length === 0 || view.mentions.length < 3) return [];
  const listOf = coordinatedLists(view);
  if (listOf.size === 0) return [];
  const out: RawRelation[] = [];
  for (const r of raws) {
    if (!SHARED.has(r.predicate)) continue;
    // A run after "between" ("the game between X's A and the B") is a pair facing each other:
    // it shares only what places both in one body ("between A and B of the League").
    const paired = (list?: MentionRef[]) => !!list && 'paired' in list && r.predicate !== 'PART_OF';
    const object = typeof r.object === 'object' && 'entity' in r.object && 'first' in r.object ? r.object : undefined;
    const subjects = listOf.get(r.subject);
    const objects = object ? listOf.get(object) : undefined;
    // A list holding both ends ("A and B") is the pair itself, not a list of subjects.
    if (subjects && object && subjects.includes(object)) continue;
    if (paired(subjects) || paired(objects)) continue;
    for (const s of subjects ?? []) if (s !== r.subject && s.entity !== r.subject.entity) out.push({ ...r, subject: s, confidence: r.confidence - LIST_DISCOUNT });
    if (!object) continue;
    for (const o of objects ?? []) if (o !== object && o.entity !== object.entity) out.push({ ...r, object: o, confidence: r.confidence - LIST_DISCOUNT });
  }
  return out;
}

/**
 * Runs of same-typed mentions joined by commas and a final "and"/"or"
 * ("A, B and C", "A and the B"), each member mapped to its run. A run
 * with commas only ("Smith, Acme's lawyer") is an apposition, not a list.
 */
export function coordinatedLists(view: SentenceView): Map<MentionRef, MentionRef[]> {
  const { tokens, mentions } = view;
  const lists = new Map<MentionRef, MentionRef[]>();
  let run: MentionRef[] = [];
  let joined = false;
  let commaAnd = false;
  const close = () => {
    const ok = run.length >= 2 && run.length <= MAX_LIST && joined
      // "A and B's unit": the possessive may be B's alone.
      && !run[run.length - 1]!.possessive
      // "X, the parent of A, and B": a comma before "and" in a pair closes an apposition.
      && !(run.length === 2 && commaAnd);
    const list = ok && afterBetween(view, run[0]!) ? Object.assign([...run], { paired: true }) : run;
    if (ok) for (const m of run) lists.set(m, list);
    run = [];
    joined = false;
    commaAnd = false;
  };
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const prev = run[run.length - 1];
    const join = prev ? joint(tokens, prev, m) : undefined;
    if (prev && join && prev.type === m.type && !prev.possessive) {
      run.push(m);
      joined ||= join === 'and';
      commaAnd ||= join === 'and' && /,/.test(tokens[prev.last]!.post);
      continue;
    }
    close();
    run = [m];
  }
  close();
  return lists;
}

/** How a and b are joined: "and" (", and", "and the"), a bare comma, or not at all. */
function joint(tokens: Token[], a: MentionRef, b: MentionRef): 'and' | 'comma' | undefined {
  const comma = /,/.test(tokens[a.last]!.post);
  if (/[;:()]/.test(tokens[a.last]!.post)) return undefined;
  const between = tokens.slice(a.last + 1, b.first);
  if (between.length === 0) return comma ? 'comma' : undefined;
  if (!JOINERS.has(between[0]!.normal) || between.length > 2) return undefined;
  if (between.length === 2 && between[1]!.normal !== 'the') return undefined;
  return /[;:(),]/.test(between[between.length - 1]!.post) ? undefined : 'and';
}

/** "between A and B", "between X's A and the B": "between" a few words before the first member, past names and modifiers. */
function afterBetween(view: SentenceView, first: MentionRef): boolean {
  const { tokens, mentions } = view;
  for (let k = first.first - 1; k >= 0 && k >= first.first - 5; k--) {
    const t = tokens[k]!;
    if (t.normal === 'between') return true;
    const inName = mentions.some((m) => m.first <= k && k <= m.last);
    if (!inName && !t.tags.has('Determiner') && !t.tags.has('Adjective')) return false;
  }
  return false;
}
