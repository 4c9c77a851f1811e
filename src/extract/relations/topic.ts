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

/** "The company was sold ...", "The town lies ...": a sentence-initial "the" and a kind noun, by the types it fits. */
const TOPIC_NOUNS: Record<string, ReadonlySet<string>> = Object.fromEntries([
  ...['company', 'band', 'club', 'team', 'party', 'group', 'school', 'university', 'college', 'firm', 'organisation', 'organization', 'airline', 'label', 'society', 'corporation', 'network', 'channel', 'station', 'newspaper', 'magazine', 'museum', 'agency', 'institute', 'league', 'studio', 'brand']
    .map((w) => [w, new Set(['Organization'])]),
  ...['city', 'town', 'village', 'county', 'district', 'municipality', 'island', 'river', 'lake', 'region', 'park', 'province', 'state', 'community', 'parish', 'township', 'suburb', 'mountain', 'peninsula']
    .map((w) => [w, new Set(['Place'])]),
]);

/** A sentence that opens with "He"/"It" or "The company" and does not name the topic: the opening stands for it. */
export function withTopicPronoun(view: SentenceView, topic: ExtractedEntity | undefined): MentionRef[] {
  const first = view.tokens[0];
  if (!topic || !first || view.mentions.some((m) => m.entity === topic)) return view.mentions;
  if (view.mentions[0] && view.mentions[0].first === 0) return view.mentions;
  const second = view.tokens[1];
  const kind = first.normal === 'the' && second && TOPIC_NOUNS[second.normal]?.has(topic.type) && !(view.mentions[0] && view.mentions[0].first <= 1);
  if (!kind && !TOPIC_PRONOUNS[first.normal]?.has(topic.type)) return view.mentions;
  const last = kind ? second! : first;
  const possessive = kind ? /[’']s?$/.test(last.text) : first.normal.endsWith('s') || first.normal === 'her';
  const pronoun: MentionRef = { entity: topic, type: topic.type, start: first.start, end: last.end, first: 0, last: kind ? 1 : 0, possessive };
  return [pronoun, ...view.mentions];
}
