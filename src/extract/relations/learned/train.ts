import { LABELS, NONE } from './labels.js';
import type { RelationModel } from './model.js';
import { softmax } from './model.js';

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

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  /** L2 penalty on the weights a step touches. */
  l2: number;
  seed: number;
  /** A feature must occur in at least this many documents: keeps names of single documents out of the model. */
  minDocuments: number;
  /** Weights smaller than this in absolute value are dropped after training. */
  prune: number;
  threshold: number;
}

/** Chosen by 5-fold cross-validation on the gold sets (held-out log loss and relation F1): short training generalises best. */
export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { epochs: 4, learningRate: 0.05, l2: 1e-4, seed: 9, minDocuments: 8, prune: 0.01, threshold: 0.7 };

/** A small seeded PRNG (mulberry32): the same seed gives the same shuffles, so training is repeatable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with the given random source; returns a new array. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Multinomial logistic regression by AdaGrad: for each example the softmax
 * over its allowed labels is pulled toward its gold labels (shared evenly
 * when there are several). Deterministic for a given seed and example order.
 */
export function trainRelationModel(examples: readonly TrainingExample[], options: Partial<TrainOptions> = {}): RelationModel {
  const o = { ...DEFAULT_TRAIN_OPTIONS, ...options };
  const index = featureIndex(examples, o.minDocuments);
  const L = LABELS.length;
  const W = new Float64Array(index.size * L);
  const G = new Float64Array(index.size * L);
  const rows = examples.map((e) => ({ e, ids: [...new Set(styled(e))].map((f) => index.get(f)).filter((x): x is number => x !== undefined) }));
  const random = seededRandom(o.seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (const { e, ids } of shuffled(rows, random)) {
      const target = targetOf(e);
      if (!target) continue;
      const scores = e.allowed.map((label) => ids.reduce((s, id) => s + W[id * L + label]!, 0));
      const p = softmax(scores);
      for (let k = 0; k < e.allowed.length; k++) {
        const diff = p[k]! - target[k]!;
        const label = e.allowed[k]!;
        for (const id of ids) {
          const at = id * L + label;
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

/** Features seen in at least `minDocuments` documents, numbered in sorted order (so the numbering is stable). */
function featureIndex(examples: readonly TrainingExample[], minDocuments: number): Map<string, number> {
  const docs = new Map<string, Set<string>>();
  for (const e of examples) {
    for (const f of styled(e)) {
      let d = docs.get(f);
      if (!d) docs.set(f, (d = new Set()));
      d.add(e.doc);
    }
  }
  const names = [...docs.entries()].filter(([, d]) => d.size >= minDocuments).map(([f]) => f).sort();
  return new Map(names.map((f, i) => [f, i]));
}
