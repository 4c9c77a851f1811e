import type { ExtractedEntity, ExtractedRelation } from '../../../model/extraction.js';
import type { Predicate } from '../../../model/ontology.js';
import { SYMMETRIC_PREDICATES } from '../../../model/ontology.js';
import type { DocumentContext } from '../../types.js';
import { documentStyle, type RelationCandidate, relationCandidates } from './candidates.js';
import { sentenceViews } from '../../clauses.js';
import { LABELS } from './labels.js';
import { bestRelation, CLASSIFIER_OFF, offeredLabels, type RelationModel, thresholdFor } from './model.js';

/** A candidate pair with the classifier's best relation for it. */
export interface ScoredCandidate {
  candidate: RelationCandidate;
  predicate: Predicate;
  probability: number;
}

/** The classifier's best relation for every candidate pair of the document. */
export function scoreCandidates(model: RelationModel, candidates: readonly RelationCandidate[]): ScoredCandidate[] {
  const out: ScoredCandidate[] = [];
  for (const candidate of candidates) {
    const best = bestRelation(model, candidate.features, offeredLabels(model, candidate.allowed, candidate.style), candidate.style);
    if (best) out.push({ candidate, predicate: LABELS[best.label] as Predicate, probability: best.probability });
  }
  return out;
}

/**
 * Relations the classifier adds to the rules' own: for entity pairs the
 * rules left unrelated, its best relation when the probability reaches
 * `threshold` (a number, or one per document style), at most one per pair
 * (the likelier direction), with the probability as confidence.
 */
export function combineWithRules(scored: readonly ScoredCandidate[], rules: readonly ExtractedRelation[], threshold: number | ((style: string) => number)): ExtractedRelation[] {
  const needed = typeof threshold === 'number' ? () => threshold : threshold;
  const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const related = new Set(rules.map((r) => pairKey(r.subject, r.object)));
  const best = new Map<string, ScoredCandidate>();
  for (const s of scored) {
    const t = needed(s.candidate.style);
    if (t >= CLASSIFIER_OFF || s.probability < t) continue;
    const key = pairKey(s.candidate.subject.id, s.candidate.object.id);
    if (related.has(key)) continue;
    const have = best.get(key);
    if (!have || have.probability < s.probability) best.set(key, s);
  }
  const out: ExtractedRelation[] = [];
  for (const { candidate, predicate, probability } of best.values()) {
    let [s, o] = [candidate.subject, candidate.object];
    if (SYMMETRIC_PREDICATES.has(predicate) && s.id > o.id) [s, o] = [o, s];
    out.push({ subject: s.id, predicate, object: o.id, confidence: Math.round(probability * 1000) / 1000, evidence: candidate.evidence });
  }
  return out;
}

/** The hook findRelations calls: candidates of the document, scored, added where the rules are silent. */
export function learnedRelations(ctx: DocumentContext, entities: ExtractedEntity[], rules: readonly ExtractedRelation[], model: RelationModel): ExtractedRelation[] {
  // Off for this style of document: nothing it scores could be added, so nothing is built (the views are cached).
  if (thresholdFor(model, documentStyle(sentenceViews(ctx, entities))) >= CLASSIFIER_OFF) return [];
  // Pairs the rules relate are never scored: the rules win there anyway.
  const related = new Set(rules.flatMap((r) => [`${r.subject}|${r.object}`, `${r.object}|${r.subject}`]));
  const candidates = relationCandidates(ctx, entities, (s, o) => related.has(`${s.id}|${o.id}`));
  return combineWithRules(scoreCandidates(model, candidates), rules, (style) => thresholdFor(model, style));
}
