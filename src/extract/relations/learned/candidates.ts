import type { ExtractedEntity, TextSpan } from '../../../model/extraction.js';
import { type SentenceView, sentenceViews } from '../../clauses.js';
import type { DocumentContext } from '../../types.js';
import { allowedLabels } from './labels.js';
import { type DocumentStyle, documentStyle, topicOf, withTopicPronoun } from '../topic.js';
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


/** Mentions further apart than this (in tokens) or with more mentions between are not paired. */
const MAX_TOKEN_GAP = 40;
const MAX_MENTIONS_APART = 6;

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

/** The sentence of the entity's first mention. */
function introducedIn(ctx: DocumentContext, e: ExtractedEntity): TextSpan {
  const at = e.mentions[0]?.start ?? 0;
  const s = ctx.sentences.find((x) => x.start <= at && at < x.end) ?? ctx.sentences[0];
  return s ? { start: s.start, end: s.end } : { start: at, end: at };
}

export { STYLES, documentStyle, topicOf, type DocumentStyle } from '../topic.js';
