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
  ...['company', 'band', 'club', 'team', 'party', 'group', 'school', 'university', 'college', 'firm', 'organisation', 'organization', 'airline', 'label', 'society', 'corporation', 'network', 'channel', 'station', 'newspaper', 'magazine', 'museum', 'agency', 'institute', 'league', 'studio', 'brand', 'corps', 'fraternity', 'sorority', 'legislature', 'assembly', 'council', 'committee', 'ministry', 'regiment', 'battalion', 'division', 'unit', 'association', 'federation', 'union', 'foundation', 'church', 'order', 'orchestra', 'ensemble', 'choir', 'franchise', 'publisher', 'hospital', 'library', 'academy', 'army', 'navy', 'militia']
    .map((w) => [w, new Set(['Organization'])]),
  ...['city', 'town', 'village', 'county', 'district', 'municipality', 'island', 'river', 'lake', 'region', 'park', 'province', 'state', 'community', 'parish', 'township', 'suburb', 'mountain', 'peninsula']
    .map((w) => [w, new Set(['Place'])]),
]);

/**
 * A sentence that opens with "He"/"It" or "The company" and does not name the topic: the opening stands for it.
 * So does a clause subject after an opening adjunct ("In 1975 he joined Y", "Since 2004, the club has been
 * owned by Y") when no mention of the topic's type comes before it: nobody else it could stand for.
 */
export function withTopicPronoun(view: SentenceView, topic: ExtractedEntity | undefined, kind?: string): MentionRef[] {
  const opened = openingTopic(view, topic);
  if (topic?.type === 'Person') return withClauseSubjects(view, topic, opened);
  return topic && kind ? withKindReferences(view, topic, kind, opened) : opened;
}

/**
 * The kind noun an organisation topic's opening sentence gives it ("X is an indie rock band"): "the band" later in
 * the article is X.
 */
export function topicKind(views: SentenceView[], topic: ExtractedEntity | undefined): string | undefined {
  const first = views[0];
  if (!topic || topic.type !== 'Organization' || !first || !first.mentions.some((m) => m.entity === topic)) return undefined;
  const { tokens } = first;
  const copula = tokens.findIndex((t) => t.normal === 'is' || t.normal === 'was' || t.normal === 'are' || t.normal === 'were');
  if (copula < 0) return undefined;
  for (let k = copula + 1; k < tokens.length && k <= copula + 8; k++) {
    if (TOPIC_NOUNS[tokens[k]!.normal]?.has('Organization')) return tokens[k]!.normal;
  }
  return undefined;
}

/**
 * "Tom Reed left the band in 2003", "the club's record scorer": "the" and the topic's own kind noun, inside a
 * sentence that names neither the topic nor another organisation before it, stand for the topic.
 */
function withKindReferences(view: SentenceView, topic: ExtractedEntity, kind: string, mentions: MentionRef[]): MentionRef[] {
  const { tokens } = view;
  if (mentions.some((m) => m.entity === topic)) return mentions;
  for (let k = 1; k + 1 < tokens.length; k++) {
    const noun = tokens[k + 1]!;
    if (tokens[k]!.normal !== 'the' || noun.normal.replace(/[’']s?$/, '') !== kind) continue;
    if (mentions.some((m) => m.type === 'Organization' && m.first <= k + 1)) return mentions;
    const ref: MentionRef = { entity: topic, type: topic.type, start: tokens[k]!.start, end: noun.end, first: k, last: k + 1, possessive: /[’']s?$/.test(noun.text) };
    const at = mentions.findIndex((m) => m.first > k + 1);
    return at < 0 ? [...mentions, ref] : [...mentions.slice(0, at), ref, ...mentions.slice(at)];
  }
  return mentions;
}

/** Words that open a clause whose subject may be "he" again: "..., when he was playing for Y". */
const CLAUSE_OPENERS = new Set(['when', 'while', 'where', 'after', 'before', 'as', 'because', 'since', 'until', 'and', 'but', 'whereupon', 'once']);

/**
 * "Once a winger, he moved to full-back while he played for Y": a later clause's
 * subject pronoun stands for a person topic too, when the sentence names no other person before it.
 */
function withClauseSubjects(view: SentenceView, topic: ExtractedEntity, mentions: MentionRef[]): MentionRef[] {
  const { tokens } = view;
  let out = mentions;
  for (let k = 2; k < tokens.length; k++) {
    if (!INNER_PRONOUNS.has(tokens[k]!.normal) || !CLAUSE_OPENERS.has(tokens[k - 1]!.normal)) continue;
    if (out.some((m) => m.type === 'Person' && m.entity !== topic && m.first < k)) break;
    if (out.some((m) => m.first === k) || !isVerbish(tokens[k + 1])) continue;
    const ref: MentionRef = { entity: topic, type: topic.type, start: tokens[k]!.start, end: tokens[k]!.end, first: k, last: k, possessive: false };
    const at = out.findIndex((m) => m.first > k);
    out = at < 0 ? [...out, ref] : [...out.slice(0, at), ref, ...out.slice(at)];
  }
  return out;
}

/** The topic standing for the sentence's opening pronoun or kind noun, or for its first clause subject. */
function openingTopic(view: SentenceView, topic: ExtractedEntity | undefined): MentionRef[] {
  const first = view.tokens[0];
  if (!topic || !first || view.mentions.some((m) => m.entity === topic)) return view.mentions;
  if (view.mentions[0] && view.mentions[0].first === 0) return view.mentions;
  const second = view.tokens[1];
  const kind = first.normal === 'the' && second && TOPIC_NOUNS[second.normal.replace(/[’']s?$/, '')]?.has(topic.type) && !(view.mentions[0] && view.mentions[0].first <= 1);
  if (!kind && !TOPIC_PRONOUNS[first.normal]?.has(topic.type)) return withInnerSubject(view, topic);
  const last = kind ? second! : first;
  const possessive = kind ? /[’']s?$/.test(last.text) : first.normal.endsWith('s') || first.normal === 'her';
  const pronoun: MentionRef = { entity: topic, type: topic.type, start: first.start, end: last.end, first: 0, last: kind ? 1 : 0, possessive };
  return [pronoun, ...view.mentions];
}

/** Subject pronouns that stand for a person topic inside a sentence; possessives are read by the rows themselves ("his career at Y"). */
const INNER_PRONOUNS = new Set(['he', 'she']);
/** Tokens scanned for an inner subject: an opening adjunct is short ("After the long strike of 1926, she ..."). */
const MAX_ADJUNCT = 12;

/** The topic as the subject of a clause after an opening adjunct: "In 1758 he was appointed ...", "By 1999, the company had been sold to Y". */
function withInnerSubject(view: SentenceView, topic: ExtractedEntity): MentionRef[] {
  const { tokens, mentions } = view;
  for (let k = 1; k < tokens.length && k <= MAX_ADJUNCT; k++) {
    // A mention of the topic's kind before the subject: "he" or "the club" may be that one.
    if (mentions.some((m) => m.first < k && m.type === topic.type)) return mentions;
    const t = tokens[k]!;
    const pronoun = topic.type === 'Person' && INNER_PRONOUNS.has(t.normal);
    const next = tokens[k + 1];
    const kind = !pronoun && t.normal === 'the' && next && TOPIC_NOUNS[next.normal]?.has(topic.type) && !/[’']s?$/.test(next.text)
      && isVerbish(tokens[k + 2]) && !mentions.some((m) => m.first <= k + 1 && m.last >= k);
    if (!pronoun && !kind) continue;
    const last = kind ? k + 1 : k;
    const ref: MentionRef = { entity: topic, type: topic.type, start: t.start, end: tokens[last]!.end, first: k, last, possessive: false };
    const at = mentions.findIndex((m) => m.first > last);
    return at < 0 ? [...mentions, ref] : [...mentions.slice(0, at), ref, ...mentions.slice(at)];
  }
  return mentions;
}

const isVerbish = (t: { tags: ReadonlySet<string> } | undefined) => !!t && (t.tags.has('Verb') || t.tags.has('Auxiliary') || t.tags.has('Copula'));
