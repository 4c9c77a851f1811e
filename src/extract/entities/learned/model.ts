import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../../paths.js';
import { ActorgraphError } from '../../../model/errors.js';
import { softmax } from '../../learned/softmax-regression.js';
import { ENTITY_LABELS, NOT_ENTITY } from './labels.js';

export const ENTITY_MODEL_FORMAT = 'actorgraph-entity-typer/1';
/** The committed weights, made by `npm run train` (see ingest/models/README.md). */
export const DEFAULT_ENTITY_MODEL_FILE = join(PACKAGE_ROOT, 'ingest', 'models', 'entity-typer.json');

/** A multinomial logistic regression over ENTITY_LABELS for names no rule typed. */
export interface EntityModel {
  /** Feature name → one weight per label, in ENTITY_LABELS order. */
  weights: Map<string, Float64Array>;
  /**
   * The probability the model needs to type a name, per decision and document
   * style ("untyped:enc", "typed:news"; see thresholdKey), chosen by
   * cross-validation; a missing key or 1 leaves the rules alone there.
   */
  thresholds: Record<string, number>;
  about: Record<string, unknown>;
}

export interface EntityModelFile {
  format: typeof ENTITY_MODEL_FORMAT;
  labels: string[];
  thresholds: Record<string, number>;
  about: Record<string, unknown>;
  weights: Record<string, number[]>;
}

export class EntityModelError extends ActorgraphError<'ENTITY_MODEL'> {
  constructor(readonly source: string, problem: string, cause?: unknown) {
    super('ENTITY_MODEL', `entity typer model ${source}: ${problem}`, { cause });
  }
}

export function parseEntityModel(json: unknown, source: string): EntityModel {
  const f = json as Partial<EntityModelFile>;
  if (!f || typeof f !== 'object' || f.format !== ENTITY_MODEL_FORMAT) throw new EntityModelError(source, `not a ${ENTITY_MODEL_FORMAT} file`);
  if (!Array.isArray(f.labels) || f.labels.join() !== ENTITY_LABELS.join()) throw new EntityModelError(source, `labels ${JSON.stringify(f.labels)} are not ${ENTITY_LABELS.join(',')}`);
  if (!f.thresholds || typeof f.thresholds !== 'object' || Object.values(f.thresholds).some((t) => typeof t !== 'number' || !(t >= 0 && t <= 1))) {
    throw new EntityModelError(source, 'thresholds must map decisions to numbers in [0, 1]');
  }
  if (!f.weights || typeof f.weights !== 'object') throw new EntityModelError(source, 'no weights');
  const weights = new Map<string, Float64Array>();
  for (const [name, row] of Object.entries(f.weights)) {
    if (!Array.isArray(row) || row.length !== ENTITY_LABELS.length || row.some((w) => typeof w !== 'number' || !Number.isFinite(w))) {
      throw new EntityModelError(source, `feature ${JSON.stringify(name)}: expected ${ENTITY_LABELS.length} finite weights`);
    }
    weights.set(name, Float64Array.from(row));
  }
  return { weights, thresholds: { ...f.thresholds }, about: f.about ?? {} };
}

export function loadEntityModel(file: string): EntityModel {
  if (!existsSync(file)) throw new EntityModelError(file, 'missing: the package ships it in ingest/models (retrain with `npm run train`, or extract with entityModel: null for rules only)');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new EntityModelError(file, `cannot read: ${(err as Error).message}`, err);
  }
  return parseEntityModel(json, file);
}

let committed: EntityModel | undefined;
/** The committed model, loaded once per process. */
export function defaultEntityModel(): EntityModel {
  committed ??= loadEntityModel(DEFAULT_ENTITY_MODEL_FILE);
  return committed;
}

export function serializeEntityModel(model: EntityModel, digits = 3): EntityModelFile {
  const scale = 10 ** digits;
  const weights: Record<string, number[]> = {};
  for (const name of [...model.weights.keys()].sort()) {
    const row = Array.from(model.weights.get(name)!, (w) => Math.round(w * scale) / scale || 0);
    if (row.some((w) => w !== 0)) weights[name] = row;
  }
  return { format: ENTITY_MODEL_FORMAT, labels: [...ENTITY_LABELS], thresholds: model.thresholds, about: model.about, weights };
}

/** Probability of each label (ENTITY_LABELS order); unknown features weigh nothing. */
export function entityLabelProbabilities(model: EntityModel, features: readonly string[]): number[] {
  const scores = ENTITY_LABELS.map(() => 0);
  for (const name of features) {
    const row = model.weights.get(name);
    if (row) for (let k = 0; k < scores.length; k++) scores[k]! += row[k]!;
  }
  return softmax(scores);
}

/** Which names a threshold is for: those no rule typed, or those only a weak rule typed. */
export type Decision = 'untyped' | 'typed';
export const thresholdKey = (decision: Decision, style: string): string => `${decision}:${style}`;
/** A threshold of 1 leaves the rules' answer (untyped: dropped) in place. */
export const TYPER_OFF = 1;

/**
 * The model's answer for a name: for an untyped name the likeliest entity
 * label (never NOT_ENTITY); for a typed one the likeliest label of all.
 */
export function bestEntityLabel(model: EntityModel, features: readonly string[], decision: Decision = 'untyped'): { label: number; probability: number } {
  const p = entityLabelProbabilities(model, features);
  let label = decision === 'untyped' ? NOT_ENTITY + 1 : NOT_ENTITY;
  for (let k = label + 1; k < p.length; k++) if (p[k]! > p[label]!) label = k;
  return { label, probability: p[label]! };
}
