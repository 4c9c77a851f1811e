import type { Predicate } from '../../model/ontology.js';
import type { MentionRef, SentenceView } from '../clauses.js';
import type { RawRelation } from './patterns.js';

/**
 * A participle phrase fronted before the clause it describes: "Led by Y, X
 * won", "Owned by Y, X kept studios in Z", "Based in Y, X employs ...",
 * "Backed by Y, X marched". The phrase says of X (the first name after the
 * comma that closes it) what "X, led by Y" would. Only at the start of a
 * sentence, and only when X comes right after the comma (an article or a few
 * modifiers between), so "Led by Y in 1990, the talks ..." about an unnamed
 * subject gives nothing.
 */
interface Cue {
  predicate: Predicate;
  /** The preposition that introduces Y. */
  prep: string;
  /** Who is the subject: the agent Y ("Y leads X") or the described X ("X lies in Y"). */
  subject: 'agent' | 'described';
}

const CUE_ROWS: ReadonlyArray<[words: string[], cue: Cue]> = [
  [['led', 'headed', 'chaired', 'commanded'], { predicate: 'LEADS', prep: 'by', subject: 'agent' }],
  [['owned', 'controlled', 'acquired', 'operated'], { predicate: 'PART_OF', prep: 'by', subject: 'described' }],
  [['backed', 'supported', 'endorsed', 'sponsored'], { predicate: 'SUPPORTS', prep: 'by', subject: 'agent' }],
  [['based', 'headquartered'], { predicate: 'LOCATED_IN', prep: 'in', subject: 'described' }],
];
const CUES: ReadonlyMap<string, Cue> = new Map(CUE_ROWS.flatMap(([words, cue]) => words.map((w) => [w, cue] as [string, Cue])));
/** Words that may open the phrase before the participle: "Formerly owned by", "Now based in". */
const ADVERBS = new Set(['formerly', 'now', 'originally', 'once', 'currently', 'also', 'wholly', 'jointly', 'partly', 'majority', 'privately', 'still']);
/** Words between the comma and X: "Led by Y, the small X". */
const MAX_BEFORE_DESCRIBED = 3;
/** Words of the phrase after Y and before its comma: "Based in Y since 1990,". */
const MAX_AFTER_AGENT = 4;
const CONFIDENCE = 0.6;

export function frontedParticiples(view: SentenceView): RawRelation[] {
  const { tokens, mentions } = view;
  let k = 0;
  while (k < 2 && ADVERBS.has(tokens[k]?.normal ?? '')) k++;
  const cue = CUES.get(tokens[k]?.normal ?? '');
  if (!cue || tokens[k + 1]?.normal !== cue.prep) return [];
  // Y: the name the preposition introduces (an article between).
  const agent = mentions.find((m) => m.first > k + 1 && m.first <= k + 3);
  if (!agent || !tokens.slice(k + 2, agent.first).every((t) => t.normal === 'the')) return [];
  // The comma closing the phrase, a few words after Y at most.
  let comma = agent.last;
  while (comma < tokens.length && comma - agent.last <= MAX_AFTER_AGENT && !/,/.test(tokens[comma]!.post)) {
    if (comma > agent.last && mentions.some((m) => m.first === comma)) return [];
    comma++;
  }
  if (comma >= tokens.length || !/,/.test(tokens[comma]!.post)) return [];
  const described: MentionRef | undefined = mentions.find((m) => m.first > comma);
  if (!described || described.first - comma - 1 > MAX_BEFORE_DESCRIBED) return [];
  if (tokens.slice(comma + 1, described.first).some((t) => t.tags.has('Verb') || /,/.test(t.post))) return [];
  const [subject, object] = cue.subject === 'agent' ? [agent, described] : [described, agent];
  return [{ subject, predicate: cue.predicate, object, confidence: CONFIDENCE }];
}
