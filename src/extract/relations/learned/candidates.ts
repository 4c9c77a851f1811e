import type { ExtractedEntity, TextSpan } from '../../../model/extraction.js';
import { type MentionRef, type SentenceView, sentenceViews } from '../../clauses.js';
import type { DocumentContext } from '../../types.js';
import { allowedLabels } from './labels.js';
import { bucketOf, mentionPairFeatures, pairFeatures, placesTied, topicFeatures } from './features.js';

/** An ordered pair of entities the classifier judges, with everything it knows about the pair. */
export interface RelationCandidate {
  subject: ExtractedEntity;
  object: ExtractedEntity;
  /** Feature names, each once (the union over every place the pair meets). */
  features: string[];
  /** Label indexes the pair's types allow (NONE first). */
  allowed: number[];
  /** The sentence where the pair meets most closely, or where the later of the two is introduced. */
  evidence: TextSpan;
  /** How the document is written (documentStyle). */
  style: DocumentStyle;
}

export const STYLES = ['enc', 'news'] as const;
export type DocumentStyle = (typeof STYLES)[number];

/** Mentions further apart than this (in tokens) or with more mentions between are not paired. */
const MAX_TOKEN_GAP = 40;
const MAX_MENTIONS_APART = 6;

/** Sentence-initial pronouns that most often refer back to the document's subject, by the types they fit. */
const TOPIC_PRONOUNS: Record<string, ReadonlySet<string>> = {
  he: new Set(['Person']),
  she: new Set(['Person']),
  his: new Set(['Person']),
  her: new Set(['Person']),
  it: new Set(['Organization', 'Place', 'Group']),
  its: new Set(['Organization', 'Place', 'Group']),
};

interface Building {
  subject: ExtractedEntity;
  object: ExtractedEntity;
  features: Set<string>;
  allowed: number[];
  evidence: TextSpan;
  /** Token gap of the evidence, to keep the closest meeting. */
  gap: number;
  sentences: Set<number>;
}

/**
 * Ordered entity pairs worth classifying: pairs that meet in a sentence
 * (nearby mentions, both orders), the document's topic (its first-named
 * entity: an encyclopedia intro is about it) with every other entity, a
 * sentence-initial "He"/"It" read as the topic, and places the gazetteer or
 * a shared neighbour ties together across sentences. Linear in the number of
 * mentions: each mention meets a bounded number of neighbours.
 */
const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'nor', 'neither']);

export function relationCandidates(ctx: DocumentContext, entities: ExtractedEntity[], skip?: (subject: ExtractedEntity, object: ExtractedEntity) => boolean): RelationCandidate[] {
  const views = sentenceViews(ctx, entities);
  const pairs = new Map<string, Building>();
  const negated = new Set<string>();
  const pairOf = (s: ExtractedEntity, o: ExtractedEntity, evidence: TextSpan, gap: number): Building | undefined => {
    if (s === o) return undefined;
    const key = `${s.id}|${o.id}`;
    let b = pairs.get(key);
    if (!b) {
      if (skip?.(s, o)) return undefined;
      const allowed = allowedLabels(s.type, o.type);
      if (allowed.length < 2) return undefined;
      b = { subject: s, object: o, features: new Set(), allowed, evidence, gap, sentences: new Set() };
      pairs.set(key, b);
    } else if (gap < b.gap) {
      b.evidence = evidence;
      b.gap = gap;
    }
    return b;
  };
  const topic = topicOf(entities);
  const neighbours = new Map<ExtractedEntity, Set<ExtractedEntity>>();
  const meet = (a: ExtractedEntity, b: ExtractedEntity) => {
    if (!neighbours.has(a)) neighbours.set(a, new Set());
    neighbours.get(a)!.add(b);
  };

  for (const view of views) {
    const mentions = withTopicPronoun(view, topic);
    const evidence = { start: view.sentence.start, end: view.sentence.end };
    for (let i = 0; i < mentions.length; i++) {
      const left = mentions[i]!;
      for (let j = i + 1; j < mentions.length && j - i <= MAX_MENTIONS_APART; j++) {
        const right = mentions[j]!;
        const gap = right.first - left.last - 1;
        if (gap > MAX_TOKEN_GAP) break;
        if (left.entity === right.entity) continue;
        // A negation between the two ("is not based in", "never joined") states no relation:
        // the pair is left out, as the pattern table leaves negated rows out.
        if (view.tokens.slice(left.last + 1, right.first).some((t) => NEGATIONS.has(t.normal))) {
          negated.add(`${left.entity.id}|${right.entity.id}`).add(`${right.entity.id}|${left.entity.id}`);
          continue;
        }
        meet(left.entity, right.entity);
        meet(right.entity, left.entity);
        let shared: string[] | undefined;
        for (const [s, o] of [[left, right], [right, left]] as const) {
          const b = pairOf(s.entity, o.entity, evidence, gap);
          if (!b) continue;
          b.sentences.add(view.sentence.index);
          shared ??= mentionPairFeatures(view, mentions, i, j);
          const dir = s === left ? '>' : '<';
          for (const f of shared) b.features.add(dir + f);
        }
      }
    }
  }

  if (topic) {
    // The sentence where each entity first appears (the views hold mentions in text order).
    const introduced = new Map<ExtractedEntity, SentenceView>();
    for (const v of views) for (const m of v.mentions) if (!introduced.has(m.entity)) introduced.set(m.entity, v);
    for (const other of entities) {
      if (other === topic) continue;
      const view = introduced.get(other);
      const evidence = view ? { start: view.sentence.start, end: view.sentence.end } : introducedIn(ctx, other);
      for (const [s, o] of [[topic, other], [other, topic]] as const) {
        const b = pairOf(s, o, evidence, Number.MAX_SAFE_INTEGER);
        if (b) for (const f of topicFeatures(view, s === topic, other)) b.features.add(f);
      }
    }
  }

  // Places that lie in one another across sentences: by the gazetteer, by name ("Bank of X"), or via a shared neighbour.
  const places = entities.filter((e) => e.type === 'Place');
  for (const s of entities) {
    if (s.type !== 'Place' && s.type !== 'Organization') continue;
    const near = neighbours.get(s) ?? new Set<ExtractedEntity>();
    for (const o of places) {
      if (o === s || pairs.has(`${s.id}|${o.id}`)) continue;
      let hop = false;
      for (const m of near) {
        if (m !== o && neighbours.get(m)?.has(o)) {
          hop = true;
          break;
        }
      }
      if (!hop && !placesTied(s, o)) continue;
      const b = pairOf(s, o, introducedIn(ctx, s.mentions[0]!.start > o.mentions[0]!.start ? s : o), Number.MAX_SAFE_INTEGER);
      if (!b) continue;
      b.features.add('far');
      if (hop) b.features.add('hop2');
    }
  }

  const style = documentStyle(views);
  const out: RelationCandidate[] = [];
  for (const [key, b] of pairs) {
    if (negated.has(key)) continue;
    for (const f of pairFeatures(b.subject, b.object)) b.features.add(f);
    b.features.add(`meet:${bucketOf(b.sentences.size, [0, 1, 2, 4])}`);
    out.push({ subject: b.subject, object: b.object, features: [...b.features], allowed: b.allowed, evidence: b.evidence, style });
  }
  return out;
}

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

/** The sentence of the entity's first mention. */
function introducedIn(ctx: DocumentContext, e: ExtractedEntity): TextSpan {
  const at = e.mentions[0]?.start ?? 0;
  const s = ctx.sentences.find((x) => x.start <= at && at < x.end) ?? ctx.sentences[0];
  return s ? { start: s.start, end: s.end } : { start: at, end: at };
}

/** A sentence that opens with "He"/"It" and does not name the topic: the pronoun stands for it. */
function withTopicPronoun(view: SentenceView, topic: ExtractedEntity | undefined): MentionRef[] {
  const first = view.tokens[0];
  if (!topic || !first || view.mentions.some((m) => m.entity === topic)) return view.mentions;
  if (!TOPIC_PRONOUNS[first.normal]?.has(topic.type)) return view.mentions;
  if (view.mentions[0] && view.mentions[0].first === 0) return view.mentions;
  const pronoun: MentionRef = { entity: topic, type: topic.type, start: first.start, end: first.end, first: 0, last: 0, possessive: first.normal.endsWith('s') || first.normal === 'her' };
  return [pronoun, ...view.mentions];
}
