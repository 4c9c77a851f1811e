import { trainSoftmaxRegression, type SoftmaxTrainOptions } from '../../learned/softmax-regression.js';
import { ENTITY_LABELS } from './labels.js';
import type { EntityModel } from './model.js';

/** One untyped name of a training document and what gold says it is. */
export interface EntityExample {
  /** The document: features seen in too few documents are dropped (no single story's names). */
  doc: string;
  features: readonly string[];
  /** Index into ENTITY_LABELS (0: no scored entity). */
  label: number;
  /** What the rules said (0: untyped); the features say it too. */
  current?: number;
}

export interface EntityTrainOptions extends SoftmaxTrainOptions {
  /**
   * Also learn from the names strong rules typed (scripts/train-entities.mjs): many more names, whose words and
   * contexts say what kind of thing a name is; a bias of their own ("typed:strong") keeps their rate of entities apart.
   */
  typedExamples: boolean;
}

/** Chosen on held-out entity F1 (5-fold, both sets): a feature must be seen in 4 documents. */
export const DEFAULT_ENTITY_TRAIN_OPTIONS: EntityTrainOptions = { epochs: 15, learningRate: 0.05, l2: 1e-4, seed: 9, minDocuments: 4, prune: 0.01, typedExamples: true };

/**
 * Multinomial logistic regression by AdaGrad (as the relation classifier's
 * trainer, over all ENTITY_LABELS). Deterministic for a seed and example order.
 */
export function trainEntityModel(examples: readonly EntityExample[], options: Partial<EntityTrainOptions> = {}): EntityModel {
  const o = { ...DEFAULT_ENTITY_TRAIN_OPTIONS, ...options };
  const allowed = ENTITY_LABELS.map((_, k) => k);
  const oneHot = (label: number) => allowed.map((k) => (k === label ? 1 : 0));
  const weights = trainSoftmaxRegression(examples.map((e) => ({ doc: e.doc, features: e.features, allowed, target: oneHot(e.label) })), ENTITY_LABELS.length, o);
  return { weights, thresholds: {}, about: {} };
}
