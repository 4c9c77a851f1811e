import { softmax } from '../../relations/learned/model.js';
import { seededRandom, shuffled } from '../../relations/learned/train.js';
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

export interface EntityTrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  minDocuments: number;
  prune: number;
}

/** Chosen on held-out entity F1 (5-fold, both sets): a feature must be seen in 8 documents. */
export const DEFAULT_ENTITY_TRAIN_OPTIONS: EntityTrainOptions = { epochs: 15, learningRate: 0.05, l2: 1e-4, seed: 9, minDocuments: 8, prune: 0.01 };

/**
 * Multinomial logistic regression by AdaGrad (as the relation classifier's
 * trainer, over all ENTITY_LABELS). Deterministic for a seed and example order.
 */
export function trainEntityModel(examples: readonly EntityExample[], options: Partial<EntityTrainOptions> = {}): EntityModel {
  const o = { ...DEFAULT_ENTITY_TRAIN_OPTIONS, ...options };
  const index = featureIndex(examples, o.minDocuments);
  const L = ENTITY_LABELS.length;
  const W = new Float64Array(index.size * L);
  const G = new Float64Array(index.size * L);
  const rows = examples.map((e) => ({ e, ids: [...new Set(e.features)].map((f) => index.get(f)).filter((x): x is number => x !== undefined) }));
  const random = seededRandom(o.seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (const { e, ids } of shuffled(rows, random)) {
      const scores = Array.from({ length: L }, (_, k) => ids.reduce((s, id) => s + W[id * L + k]!, 0));
      const p = softmax(scores);
      for (let k = 0; k < L; k++) {
        const diff = p[k]! - (k === e.label ? 1 : 0);
        for (const id of ids) {
          const at = id * L + k;
          const g = diff + o.l2 * W[at]!;
          if (g === 0) continue;
          G[at]! += g * g;
          W[at]! -= (o.learningRate * g) / Math.sqrt(G[at]! + 1e-8);
        }
      }
    }
  }
  const weights = new Map<string, Float64Array>();
  for (const [name, id] of index) {
    const row = W.slice(id * L, id * L + L).map((w) => (Math.abs(w) < o.prune ? 0 : w));
    if (row.some((w) => w !== 0)) weights.set(name, row);
  }
  return { weights, thresholds: {}, about: {} };
}

/** Features seen in at least `minDocuments` documents, numbered in sorted order (a stable numbering). */
function featureIndex(examples: readonly EntityExample[], minDocuments: number): Map<string, number> {
  const docs = new Map<string, Set<string>>();
  for (const e of examples) for (const f of e.features) (docs.get(f) ?? docs.set(f, new Set()).get(f)!).add(e.doc);
  const names = [...docs.entries()].filter(([, d]) => d.size >= minDocuments).map(([f]) => f).sort();
  return new Map(names.map((f, i) => [f, i]));
}
