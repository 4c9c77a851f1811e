import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../../paths.js';
import { LABELS, NONE } from './labels.js';
import { ActorgraphError } from '../../../model/errors.js';
import { softmax } from '../../learned/softmax-regression.js';

export const MODEL_FORMAT = 'actorgraph-relation-classifier/1';
/** The committed weights, made by `npm run train` (see ingest/models/README.md). */
export const DEFAULT_MODEL_FILE = join(PACKAGE_ROOT, 'ingest', 'models', 'relation-classifier.json');

/** A multinomial logistic regression over LABELS: one weight per (feature, label). */
export interface RelationModel {
  /** Feature name → one weight per label, in LABELS order. */
  weights: Map<string, Float64Array>;
  /** The classifier adds a relation only at this probability or above (chosen by cross-validation). */
  threshold: number;
  /** The same per document style, where cross-validation chose one for the style. */
  thresholds?: Record<string, number>;
  /** What the file says about how it was made. */
  about: Record<string, unknown>;
  /**
   * Per document style, the labels training could teach there (Wikipedia
   * gold never judges SUPPORTS or OPPOSES): others are not offered in that style.
   */
  labelsByStyle?: Record<string, number[]>;
}

/** The JSON file: weights as plain arrays, rounded, tiny ones left out. */
export interface RelationModelFile {
  format: typeof MODEL_FORMAT;
  labels: string[];
  threshold: number;
  thresholds?: Record<string, number>;
  about: Record<string, unknown>;
  labelsByStyle?: Record<string, number[]>;
  weights: Record<string, number[]>;
}

export class RelationModelError extends ActorgraphError<'RELATION_MODEL'> {
  constructor(readonly source: string, problem: string) {
    super('RELATION_MODEL', `relation model ${source}: ${problem}`);
  }
}

/** Checks and reads a model file's JSON. */
export function parseRelationModel(json: unknown, source: string): RelationModel {
  const f = json as Partial<RelationModelFile>;
  if (!f || typeof f !== 'object' || f.format !== MODEL_FORMAT) throw new RelationModelError(source, `not a ${MODEL_FORMAT} file`);
  if (!Array.isArray(f.labels) || f.labels.join() !== LABELS.join()) throw new RelationModelError(source, `labels ${JSON.stringify(f.labels)} are not ${LABELS.join(',')}`);
  if (typeof f.threshold !== 'number' || !(f.threshold >= 0 && f.threshold <= 1)) throw new RelationModelError(source, 'threshold must be a number in [0, 1]');
  if (!f.weights || typeof f.weights !== 'object') throw new RelationModelError(source, 'no weights');
  const weights = new Map<string, Float64Array>();
  for (const [name, row] of Object.entries(f.weights)) {
    if (!Array.isArray(row) || row.length !== LABELS.length || row.some((w) => typeof w !== 'number' || !Number.isFinite(w))) {
      throw new RelationModelError(source, `feature ${JSON.stringify(name)}: expected ${LABELS.length} finite weights`);
    }
    weights.set(name, Float64Array.from(row));
  }
  const labelsByStyle = f.labelsByStyle;
  if (labelsByStyle !== undefined && (typeof labelsByStyle !== 'object' || Object.values(labelsByStyle).some((v) => !Array.isArray(v) || v.some((l) => !Number.isInteger(l) || l < 0 || l >= LABELS.length)))) {
    throw new RelationModelError(source, 'labelsByStyle must map styles to label indexes');
  }
  const thresholds = f.thresholds;
  if (thresholds !== undefined && (typeof thresholds !== 'object' || Object.values(thresholds).some((t) => typeof t !== 'number' || !(t >= 0 && t <= 1)))) {
    throw new RelationModelError(source, 'thresholds must map styles to numbers in [0, 1]');
  }
  return { weights, threshold: f.threshold, about: f.about ?? {}, ...(labelsByStyle && { labelsByStyle }), ...(thresholds && { thresholds }) };
}

/** Reads a model file. */
export function loadRelationModel(file: string): RelationModel {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new RelationModelError(file, `cannot read: ${(err as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new RelationModelError(file, `not JSON: ${(err as Error).message}`);
  }
  return parseRelationModel(json, file);
}

let committed: RelationModel | null | undefined;

/** The committed model, loaded once; null when the package ships none. */
export function defaultRelationModel(): RelationModel | null {
  if (committed === undefined) committed = existsSync(DEFAULT_MODEL_FILE) ? loadRelationModel(DEFAULT_MODEL_FILE) : null;
  return committed;
}

/** The model as a file: weights rounded to `digits` decimals, features whose weights all round to zero left out. */
export function serializeRelationModel(model: RelationModel, digits = 3): RelationModelFile {
  const scale = 10 ** digits;
  const weights: Record<string, number[]> = {};
  for (const name of [...model.weights.keys()].sort()) {
    const row = Array.from(model.weights.get(name)!, (w) => Math.round(w * scale) / scale || 0);
    if (row.some((w) => w !== 0)) weights[name] = row;
  }
  return { format: MODEL_FORMAT, labels: [...LABELS], threshold: model.threshold, ...(model.thresholds && { thresholds: model.thresholds }), about: model.about, ...(model.labelsByStyle && { labelsByStyle: model.labelsByStyle }), weights };
}

const STYLE_PREFIX = /^([a-z]+)\|(.*)$/s;
const byStyleCache = new WeakMap<RelationModel, Map<string, Map<string, Float64Array>>>();

/**
 * The weights a document of this style sees: each feature's shared weight
 * plus its weight for the style ("enc|bias"), summed once per model and
 * style, so scoring looks each feature up once.
 */
function weightsFor(model: RelationModel, style: string | undefined): Map<string, Float64Array> {
  if (style === undefined) return model.weights;
  let cache = byStyleCache.get(model);
  if (!cache) byStyleCache.set(model, (cache = new Map()));
  let merged = cache.get(style);
  if (!merged) {
    merged = new Map();
    for (const [name, row] of model.weights) {
      const m = STYLE_PREFIX.exec(name);
      if (m && m[1] !== style) continue;
      const base = m ? m[2]! : name;
      const have = merged.get(base);
      merged.set(base, have ? have.map((w, k) => w + row[k]!) : row);
    }
    cache.set(style, merged);
  }
  return merged;
}

/**
 * Probabilities of the allowed labels (softmax over those only): out[k] is
 * the probability of label allowed[k]. Unknown features weigh nothing.
 */
export function labelProbabilities(model: RelationModel, features: readonly string[], allowed: readonly number[], style?: string): number[] {
  const weights = weightsFor(model, style);
  const scores = allowed.map(() => 0);
  for (const name of features) {
    const row = weights.get(name);
    if (!row) continue;
    for (let k = 0; k < allowed.length; k++) scores[k]! += row[allowed[k]!]!;
  }
  return softmax(scores);
}

/**
 * A threshold of 1 turns the classifier off for a style: training sets it where,
 * cross-validated, the classifier added nothing there, and extraction then skips
 * building and scoring candidates for such documents.
 */
export const CLASSIFIER_OFF = 1;

/** The probability a relation needs in a document of this style (CLASSIFIER_OFF: none is added). */
export function thresholdFor(model: RelationModel, style: string | undefined): number {
  return (style !== undefined ? model.thresholds?.[style] : undefined) ?? model.threshold;
}

/** The labels a candidate may take under this model: its type-allowed labels, less those the model never learned in its style. */
export function offeredLabels(model: RelationModel, allowed: readonly number[], style: string | undefined): readonly number[] {
  const known = style !== undefined ? model.labelsByStyle?.[style] : undefined;
  return known ? allowed.filter((l) => known.includes(l)) : allowed;
}

/** The most probable relation label (never NONE) and its probability. */
export function bestRelation(model: RelationModel, features: readonly string[], allowed: readonly number[], style?: string): { label: number; probability: number } | undefined {
  const p = labelProbabilities(model, features, allowed, style);
  let best: { label: number; probability: number } | undefined;
  allowed.forEach((label, k) => {
    if (label !== NONE && (!best || p[k]! > best.probability)) best = { label, probability: p[k]! };
  });
  return best;
}
