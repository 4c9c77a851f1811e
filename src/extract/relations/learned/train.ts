import { LABELS, NONE } from './labels.js';
import { trainSoftmaxRegression, type SoftmaxTrainOptions } from '../../learned/softmax-regression.js';
import type { RelationModel } from './model.js';

/** One ordered entity pair with what gold says of it. */
export interface TrainingExample {
  /** The document it comes from: features seen in too few documents are dropped. */
  doc: string;
  features: readonly string[];
  /** Labels the pair may take: the softmax runs over these only, so a label outside them is never pushed down. */
  allowed: readonly number[];
  /** Gold labels of the pair (empty: NONE). */
  gold: readonly number[];
  /** The document's style: the model offers in each style only the labels its training offered there. */
  style?: string;
}

export interface TrainOptions extends SoftmaxTrainOptions {
  threshold: number;
}

/** Chosen by 5-fold cross-validation on the gold sets (held-out log loss and relation F1): short training generalises best. */
export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { epochs: 4, learningRate: 0.05, l2: 1e-4, seed: 9, minDocuments: 8, prune: 0.01, threshold: 0.7 };

/**
 * Multinomial logistic regression by AdaGrad: for each example the softmax
 * over its allowed labels is pulled toward its gold labels (shared evenly
 * when there are several). Deterministic for a given seed and example order.
 */
export function trainRelationModel(examples: readonly TrainingExample[], options: Partial<TrainOptions> = {}): RelationModel {
  const o = { ...DEFAULT_TRAIN_OPTIONS, ...options };
  const weights = trainSoftmaxRegression(examples.map((e) => ({ doc: e.doc, features: styled(e), allowed: e.allowed, target: targetOf(e) })), LABELS.length, o);
  return { weights, threshold: o.threshold, about: {}, labelsByStyle: labelsByStyle(examples) };
}

/** Per style, the labels some training example of that style could take. */
function labelsByStyle(examples: readonly TrainingExample[]): Record<string, number[]> {
  const out: Record<string, Set<number>> = {};
  for (const e of examples) if (e.style) for (const l of e.allowed) (out[e.style] ??= new Set()).add(l);
  return Object.fromEntries(Object.entries(out).sort().map(([k, v]) => [k, [...v].sort((a, b) => a - b)]));
}

/**
 * The example's features, each also prefixed with its document's style
 * ("enc|bias"): a weight shared by both styles plus one for the style alone,
 * so the little news data and the many encyclopedia pairs help each other
 * without forcing one convention on both. Scoring adds the two back up (model.ts).
 */
export function styled(e: TrainingExample): readonly string[] {
  return e.style ? [...e.features, ...e.features.map((f) => `${e.style}|${f}`)] : e.features;
}

/** Target distribution over the example's allowed labels, or undefined when its gold labels are all outside them. */
function targetOf(e: TrainingExample): number[] | undefined {
  const gold = e.gold.length ? e.gold.filter((g) => e.allowed.includes(g)) : [NONE];
  if (gold.length === 0) return undefined;
  return e.allowed.map((label) => (gold.includes(label) ? 1 / gold.length : 0));
}
