/**
 * The trainer both learned parts share (the relation classifier and the
 * entity typer): a multinomial logistic regression over sparse string
 * features, fitted by AdaGrad. Deterministic for a seed and example order.
 */

/** One training example, as the trainer sees it. */
export interface SoftmaxExample {
  /** The document it comes from: features seen in too few documents are dropped. */
  doc: string;
  features: readonly string[];
  /** Label indices the softmax runs over: a label outside them is never pushed down. */
  allowed: readonly number[];
  /** Target probability of each allowed label; undefined: the example teaches nothing. */
  target: readonly number[] | undefined;
}

export interface SoftmaxTrainOptions {
  epochs: number;
  learningRate: number;
  /** L2 penalty on the weights a step touches. */
  l2: number;
  seed: number;
  /** A feature must occur in at least this many documents: keeps names of single documents out of the model. */
  minDocuments: number;
  /** Weights smaller than this in absolute value are dropped after training. */
  prune: number;
}

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

/** Softmax of raw scores, numerically stable. */
export function softmax(scores: readonly number[]): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/**
 * Fits weights for `labelCount` labels: for each example the softmax over its
 * allowed labels is pulled toward its target. Returns each kept feature's row
 * of weights (pruned; all-zero rows left out).
 */
export function trainSoftmaxRegression(examples: readonly SoftmaxExample[], labelCount: number, o: SoftmaxTrainOptions): Map<string, Float64Array> {
  const index = featureIndex(examples, o.minDocuments);
  const L = labelCount;
  const W = new Float64Array(index.size * L);
  const G = new Float64Array(index.size * L);
  const rows = examples.map((e) => ({ e, ids: [...new Set(e.features)].map((f) => index.get(f)).filter((x): x is number => x !== undefined) }));
  const random = seededRandom(o.seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (const { e, ids } of shuffled(rows, random)) {
      const target = e.target;
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
  return weights;
}

/** Features seen in at least `minDocuments` documents, numbered in sorted order (so the numbering is stable). */
function featureIndex(examples: readonly SoftmaxExample[], minDocuments: number): Map<string, number> {
  const docs = new Map<string, Set<string>>();
  for (const e of examples) {
    for (const f of e.features) {
      let d = docs.get(f);
      if (!d) docs.set(f, (d = new Set()));
      d.add(e.doc);
    }
  }
  const names = [...docs.entries()].filter(([, d]) => d.size >= minDocuments).map(([f]) => f).sort();
  return new Map(names.map((f, i) => [f, i]));
}
