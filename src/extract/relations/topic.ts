import type { ExtractedEntity } from '../../model/extraction.js';
import type { MentionRef, SentenceView } from '../clauses.js';

/**
 * What a document is about and how it is written: an encyclopedia intro is
 * about the entity it names first, and its sentences that open with "He" or
 * "It" speak of that entity. Shared by the pattern rules and the learned
 * classifier.
 */
export const STYLES = ['enc', 'news'] as const;
export type DocumentStyle = (typeof STYLES)[number];

/** Sentence-initial pronouns that most often refer back to the document's subject, by the types they fit. */
const TOPIC_PRONOUNS: Record<string, ReadonlySet<string>> = {
  he: new Set(['Person']),
  she: new Set(['Person']),
  his: new Set(['Person']),
  her: new Set(['Person']),
  it: new Set(['Organization', 'Place', 'Group']),
  its: new Set(['Organization', 'Place', 'Group']),
};

const COPULAS = new Set(['is', 'was', 'are', 'were', 'located']);
const REPORTING = new Set(['said', 'says', 'told', 'announced', 'reported']);

/**
 * How the document is written. An encyclopedia article opens with its
 * subject's name and says what it is ("X (born 1950) is an ..."); a news
 * story opens with a dateline or a lede about an event. Annotators of the
 * two kinds of text state different facts (encyclopedias list where every
 * place lies), so the model learns every feature's weight twice: shared,
 * and for the style alone (see styled() in train.ts).
 */
export function documentStyle(views: SentenceView[]): DocumentStyle {
  const first = views[0];
  // A dateline ("TIRANA 1996-08-28") is news.
  if (!first || /\d{4}-\d\d-\d\d/.test(first.sentence.text.slice(0, 80))) return 'news';
  const words = first.tokens.slice(0, 60).map((t) => t.normal);
  return words.some((w) => COPULAS.has(w)) && !words.some((w) => REPORTING.has(w)) ? 'enc' : 'news';
}

/** The entity named first: what an encyclopedia article, and often a news story, is about. */
export function topicOf(entities: ExtractedEntity[]): ExtractedEntity | undefined {
  let best: ExtractedEntity | undefined;
  for (const e of entities) {
    const m = e.mentions[0];
    if (m && (!best || m.start < best.mentions[0]!.start)) best = e;
  }
  return best;
}

/** A sentence that opens with "He"/"It" and does not name the topic: the pronoun stands for it. */
export function withTopicPronoun(view: SentenceView, topic: ExtractedEntity | undefined): MentionRef[] {
  const first = view.tokens[0];
  if (!topic || !first || view.mentions.some((m) => m.entity === topic)) return view.mentions;
  if (!TOPIC_PRONOUNS[first.normal]?.has(topic.type)) return view.mentions;
  if (view.mentions[0] && view.mentions[0].first === 0) return view.mentions;
  const pronoun: MentionRef = { entity: topic, type: topic.type, start: first.start, end: first.end, first: 0, last: 0, possessive: first.normal.endsWith('s') || first.normal === 'her' };
  return [pronoun, ...view.mentions];
}
