import type { MentionRef, SentenceView } from '../clauses.js';
import type { RelationCues } from './cues.js';

/**
 * Succession: "A replaced B", "A succeeded B as chairman", "B was succeeded
 * by A", "A took over from B". Whoever A came to lead, B led before; the
 * document-level step in relations.ts copies A's LEADS to B once every
 * sentence is read (the office is often named in another sentence).
 */
export interface Succession {
  successor: MentionRef;
  predecessor: MentionRef;
  /** "succeeded B as leader of Y": the one body the office belongs to; null when an office is named without one. */
  office?: MentionRef | null;
  /** The "as" phrase names a leading title ("as chairman of Y"): both lead the office's body. */
  leadsOffice: boolean;
}

const ACTIVE = new Set(['replaced', 'replaces', 'replacing', 'succeeded', 'succeeds', 'succeeding']);
/** "vice president", "deputy leader": a modifier that makes a leading title a lesser one. */
const SUBORDINATE = new Set(['vice', 'deputy', 'assistant', 'associate', 'co']);
const PASSIVE_MARK = new Set(['was', 'were', 'is', 'been', 'be']);
/** Words that may stand between the verb and the predecessor's name: "replaced another Nigerian general, X". */
const MAX_DESCRIPTION = 6;

export function successions(view: SentenceView, cues: RelationCues): Succession[] {
  const { tokens, mentions } = view;
  const out: Succession[] = [];
  for (let v = 1; v < tokens.length - 1; v++) {
    const w = tokens[v]!.normal;
    const takeOver = w === 'from' && tokens[v - 1]?.normal === 'over' && /^t[ao]ok|^takes?$|^taking$/.test(tokens[v - 2]?.normal ?? '');
    if (!ACTIVE.has(w) && !takeOver) continue;
    const passive = PASSIVE_MARK.has(tokens[v - 1]?.normal ?? '') && tokens[v + 1]?.normal === 'by';
    const left = personEndingNear(mentions, takeOver ? v - 2 : passive ? v - 1 : v);
    const right = personAfter(view, passive ? v + 1 : v);
    if (!left || !right || left.entity === right.entity) continue;
    // The "as" phrase follows the second name either way: "A succeeded B as …", "B was succeeded by A as …".
    const office = officeAfter(view, right);
    const leadsOffice = !!office && tokens.slice(right.last + 1, office.first).some((t, k, all) => leadingTitleWords(cues).has(t.normal) && !SUBORDINATE.has(all[k - 1]?.normal ?? ''));
    out.push(passive ? { successor: right, predecessor: left, office, leadsOffice } : { successor: left, predecessor: right, office, leadsOffice });
  }
  return out;
}

/** The person whose name ends right before token v (an adverb or auxiliary between is allowed). */
function personEndingNear(mentions: MentionRef[], v: number): MentionRef | undefined {
  return mentions.find((m) => m.type === 'Person' && m.last < v && v - m.last <= 2);
}

/** The person named after token v: right after it, or after a short description and a comma ("another general, X"). */
function personAfter(view: SentenceView, v: number): MentionRef | undefined {
  const { tokens, mentions } = view;
  const next = mentions.find((m) => m.first > v);
  if (!next || next.type !== 'Person') return undefined;
  const between = tokens.slice(v + 1, next.first);
  if (between.length === 0) return next;
  if (between.length > MAX_DESCRIPTION || !/,/.test(between[between.length - 1]!.post)) return undefined;
  return between.slice(0, -1).some((t) => /[,;]/.test(t.post) || (t.tags.has('Verb') && !t.tags.has('Noun'))) ? undefined : next;
}

/** "… B as [the] chairman of Y": the organisation named in the "as" phrase after m, null if none; undefined with no "as". */
function officeAfter(view: SentenceView, m: MentionRef): MentionRef | null | undefined {
  const { tokens, mentions } = view;
  const as = [m.last + 1, m.last + 2].find((k) => tokens[k]?.normal === 'as' && (k === m.last + 1 || /,/.test(tokens[m.last]!.post)));
  if (as === undefined) return undefined;
  return mentions.find((x) => x.first > as && x.first <= as + 6 && x.type === 'Organization') ?? null;
}

let leading: Set<string> | undefined;
/** The last words of LEADS titles ("chairman", "leader", "president" of "vice president" is read with its modifier by the rows). */
function leadingTitleWords(cues: RelationCues): ReadonlySet<string> {
  leading ??= new Set(cues.titles.filter((t) => t.predicate === 'LEADS' && t.words.length === 1).map((t) => t.words[0]!));
  return leading;
}
