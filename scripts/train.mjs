#!/usr/bin/env node
// Trains the learned entity typer (scripts/train-entities.mjs), then the learned
// relation classifier (src/extract/relations/learned) on the gold sets in
// ../shared/eval; writes ingest/models/entity-typer.json and relation-classifier.json.
// Prints 5-fold cross-validated pipeline figures (folds by document, seeded):
// each fold's documents are extracted with a model that never saw them.
//   npm run build && npm run train [-- --folds 5] [-- --seed 9] [-- --no-write]
// The functions are shared with scripts/eval.mjs.
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { crossValidatedEntityTyper, printEntityCurves, writeEntityModel } from './train-entities.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const EVAL_DIR = process.env.ACTORGRAPH_EVAL_DIR ?? join(root, '..', 'shared', 'eval');
export const SETS = ['dev', 'dev-wiki'];
export const MODEL_FILE = join(root, 'ingest', 'models', 'relation-classifier.json');
/** Thresholds the curve tries; the chosen one goes into the model file. */
/** Mean relation F1 a style's classifier must add over leaving it off there (one relation in 200 is noise). */
export const MIN_STYLE_GAIN = 0.005;
export const THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];
/** The classifier may cost at most this much relation precision on either set (under CV). */
const MAX_PRECISION_DROP = 0.03;

/** The gold scorer beside the gold sets; a clear message when they are not there. */
export async function loadScorer(evalDir = EVAL_DIR) {
  const file = join(evalDir, 'score.mjs');
  if (!existsSync(file)) {
    throw new Error(`no scorer at ${file}. The gold sets live beside the team's checkout (../shared/eval); set ACTORGRAPH_EVAL_DIR to use another folder.`);
  }
  return import(pathToFileURL(file).href);
}

/** The compiled extractor (dist/), which `npx tsc -p tsconfig.build.json` writes. */
export async function loadExtractor() {
  const dist = join(root, 'dist', 'extract');
  if (!existsSync(join(dist, 'index.js'))) throw new Error(`${dist} is missing: build first (npx tsc -p tsconfig.build.json)`);
  const at = (p) => import(pathToFileURL(join(dist, p)).href);
  const [index, nlp, context, entities, learned, entityTyper, entityTokens] = await Promise.all([
    at('index.js'), at('nlp.js'), at('context.js'), at('entities/index.js'), at('relations/learned/index.js'), at('entities/learned/index.js'), at('entities/tokens.js'),
  ]);
  return { extract: index.extract, nlp: nlp.nlp, documentContext: context.documentContext, findEntities: entities.findEntities, ...learned, ...entityTyper, tokenize: entityTokens.tokenize };
}

/** The gold files of one set, in file-name order: each is also the extractor's input. */
export function readGoldSet(set, evalDir = EVAL_DIR) {
  const dir = join(evalDir, set);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort().map((f) => {
    const gold = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    const id = gold.id ?? basename(f, '.gold.json');
    const input = { id, text: gold.text };
    for (const k of ['title', 'publishedAt', 'url']) if (typeof gold[k] === 'string') input[k] = gold[k];
    return { id, set, gold, input };
  });
}

// ---- labelling candidates from gold, the way score.mjs matches entities ----

/** Predicted entity id → matched gold entity (null: none), one to one, names compared untyped: score.mjs's matchEntities. */
function matchEntities(goldEntities, predEntities, normalize) {
  const namesOf = (e) => new Set([e.name, ...(e.aliases ?? [])].map(normalize).filter(Boolean));
  const goldNames = goldEntities.map(namesOf);
  const intersects = (a, b) => [...a].some((x) => b.has(x));
  const taken = new Set();
  const map = new Map();
  for (const p of predEntities) {
    const pn = namesOf(p);
    let hit = -1, dup = -1;
    goldEntities.forEach((g, i) => {
      if (!intersects(pn, goldNames[i])) return;
      if (!taken.has(i) && hit < 0) hit = i; else if (taken.has(i)) dup = i;
    });
    if (hit >= 0) { taken.add(hit); map.set(p.id, goldEntities[hit]); }
    else if (dup >= 0) map.set(p.id, goldEntities[dup]);
    else {
      const opt = goldEntities.findIndex((g, i) => g.optional && intersects(pn, goldNames[i]));
      map.set(p.id, opt >= 0 ? goldEntities[opt] : null);
    }
  }
  return map;
}

/** Predicted entities a gold file of another scheme cannot judge (score.mjs's onlyScored): their pairs teach nothing. */
function unscoredEntities(gold, predEntities, normalize) {
  const types = gold.scoredTypes && new Set(gold.scoredTypes);
  if (!types) return new Set();
  const namesOf = (e) => new Set([e.name, ...(e.aliases ?? [])].map(normalize).filter(Boolean));
  const intersects = (a, b) => [...a].some((x) => b.has(x));
  const scored = [], other = [];
  for (const g of gold.entities ?? []) (types.has(g.type) ? scored : other).push(namesOf(g));
  return new Set(predEntities.filter((p) => {
    const pn = namesOf(p);
    return !scored.some((g) => intersects(pn, g)) && (!types.has(p.type) || other.some((g) => intersects(pn, g)));
  }).map((p) => p.id));
}

const SYMMETRIC = new Set(['OPPOSES', 'RELATIVE_OF']);

/**
 * Training examples of one document: each candidate pair with the gold
 * labels of its matched gold entities. Pairs gold cannot judge (an optional
 * entity or relation, an entity outside the scored types) are left out, and
 * predicates outside `scoredPredicates` are not offered, so a Wikipedia
 * intro never teaches that two actors do not support each other.
 */
export function labelCandidates(doc, entities, candidates, lib, normalize) {
  const { gold } = doc;
  const map = matchEntities(gold.entities ?? [], entities, normalize);
  const excluded = unscoredEntities(gold, entities, normalize);
  const scoredPredicates = gold.scoredPredicates && new Set(gold.scoredPredicates);
  const byPair = new Map();
  for (const r of gold.relations ?? []) {
    const keys = [`${normalize(r.subject)}|${normalize(r.object)}`];
    if (SYMMETRIC.has(r.predicate)) keys.push(`${normalize(r.object)}|${normalize(r.subject)}`);
    for (const k of keys) (byPair.get(k) ?? byPair.set(k, []).get(k)).push(r);
  }
  const examples = [];
  const kept = [];
  for (const c of candidates) {
    if (excluded.has(c.subject.id) || excluded.has(c.object.id)) continue;
    const allowed = scoredPredicates ? c.allowed.filter((l) => l === 0 || scoredPredicates.has(lib.LABELS[l])) : c.allowed;
    if (allowed.length < 2) continue;
    const gs = map.get(c.subject.id), go = map.get(c.object.id);
    let labels = [];
    if (gs && go) {
      const found = byPair.get(`${normalize(gs.name)}|${normalize(go.name)}`) ?? [];
      const required = found.filter((r) => !r.optional);
      if (found.length && !required.length) continue;
      if (!found.length && (gs.optional || go.optional)) continue;
      labels = [...new Set(required.map((r) => lib.LABELS.indexOf(r.predicate)))].filter((l) => allowed.includes(l));
      if (required.length && !labels.length) continue; // gold's relation does not fit the predicted types
    }
    examples.push({ doc: doc.id, features: c.features, allowed, gold: labels, style: c.style });
    kept.push(c);
  }
  return { examples, candidates: kept };
}

/** Keeps one copy of each feature string: documents repeat the same names thousands of times. */
function interner() {
  const seen = new Map();
  return (list) => list.map((f) => seen.get(f) ?? (seen.set(f, f), f));
}

/**
 * Everything the classifier's training and evaluation need from each
 * document: labelled candidates of the pairs the rules leave unrelated, and
 * the rules-only extraction. Depends on the rules: retrain when they change.
 */
export function prepareDocuments(docs, lib, normalize, entityModelOf = () => undefined) {
  const intern = interner();
  return docs.map((doc) => {
    // the entity typer that may see this document (cross-validated: one trained without it)
    const entityModel = entityModelOf(doc);
    const ctx = lib.documentContext(doc.input, lib.nlp(doc.input.text));
    const entities = lib.findEntities(ctx, { entityModel });
    const candidates = lib.relationCandidates(ctx, entities).map((c) => ({ ...c, features: intern(c.features) }));
    const rulesOnly = lib.extract(doc.input, { relationModel: null, entityModel });
    // The classifier only ever judges pairs the rules leave unrelated, so it learns from those alone.
    const related = new Set(rulesOnly.relations.flatMap((r) => [`${r.subject}|${r.object}`, `${r.object}|${r.subject}`]));
    const open = candidates.filter((c) => !related.has(`${c.subject.id}|${c.object.id}`));
    return { ...doc, entityModel, entities, ...labelCandidates(doc, entities, open, lib, normalize), rulesOnly };
  });
}

// ---- folds, training, scoring ----

/** Document id → fold: each set shuffled with the seed and dealt round-robin, so every fold holds both kinds of text. */
export function assignFolds(prepared, folds, seed, lib) {
  const foldOf = new Map();
  for (const set of SETS) {
    const ids = prepared.filter((d) => d.set === set).map((d) => d.id);
    lib.shuffled(ids, lib.seededRandom(seed)).forEach((id, i) => foldOf.set(id, i % folds));
  }
  return foldOf;
}

/** One model per fold, trained on the other folds' documents. */
export function trainFoldModels(prepared, foldOf, folds, options, lib) {
  return Array.from({ length: folds }, (_, k) =>
    lib.trainRelationModel(prepared.filter((d) => foldOf.get(d.id) !== k).flatMap((d) => d.examples), options));
}

export class Tally {
  constructor() { this.tp = 0; this.fp = 0; this.fn = 0; }
  add(o) { this.tp += o.tp; this.fp += o.fp; this.fn += o.fn; return this; }
  get p() { return this.tp + this.fp ? this.tp / (this.tp + this.fp) : 0; }
  get r() { return this.tp + this.fn ? this.tp / (this.tp + this.fn) : 0; }
  get f1() { return this.p + this.r ? (2 * this.p * this.r) / (this.p + this.r) : 0; }
}

/** A line in score.mjs's format, so figures stay comparable with earlier runs. */
export const formatTally = (name, t) => `${name.padEnd(20)} P ${t.p.toFixed(3)}  R ${t.r.toFixed(3)}  F1 ${t.f1.toFixed(3)}  (tp ${t.tp} fp ${t.fp} fn ${t.fn})`;

/** Sums scoreDocument's tallies over documents: { entities, relations, ... } → Tally. */
export function scoreAll(pairs, scoreDocument) {
  const total = {};
  for (const { gold, pred } of pairs) {
    const s = scoreDocument(gold, pred);
    for (const [k, v] of Object.entries(s)) if (k !== 'log') (total[k] ??= new Tally()).add(v);
  }
  return total;
}

/**
 * Relation figures per set for a threshold (a number or one per style),
 * simulated from held-out probabilities: the rules-only extraction plus
 * what the hook would add.
 */
export function heldOutSimulator(prepared, foldOf, models, scoreDocument, lib) {
  const scored = new Map(prepared.map((d) => [d.id, lib.scoreCandidates(models[foldOf.get(d.id)], d.candidates)]));
  return (threshold) => {
    const row = {};
    for (const set of SETS) {
      const docs = prepared.filter((d) => d.set === set);
      if (!docs.length) continue;
      row[set] = scoreAll(docs.map((d) => ({
        gold: d.gold,
        pred: { ...d.rulesOnly, relations: [...d.rulesOnly.relations, ...lib.combineWithRules(scored.get(d.id), d.rulesOnly.relations, threshold)] },
      })), scoreDocument).relations;
    }
    return row;
  };
}

/** The curve: figures per set for each threshold in THRESHOLDS, `base` giving the thresholds of the styles not varied. */
export function thresholdCurve(simulate, style, base) {
  // Per style, 1 (the classifier off there) is a candidate too: where the classifier adds nothing
  // measurable, it ties with the highest threshold and wins the tie, so extraction skips that work.
  return (style ? [...THRESHOLDS, 1] : THRESHOLDS).map((t) => ({ threshold: t, ...simulate(style ? (s) => (s === style ? t : base(s)) : t) }));
}

/**
 * The threshold with the best mean relation F1 over the sets, among those
 * that lower neither set's F1 and cost at most MAX_PRECISION_DROP of
 * precision on each; the highest threshold when none qualifies.
 */
export function chooseThreshold(curve, rulesOnly) {
  const sets = SETS.filter((s) => rulesOnly[s]);
  const ok = curve.filter((row) => sets.every((s) => row[s].f1 >= rulesOnly[s].relations.f1 && row[s].p >= rulesOnly[s].relations.p - MAX_PRECISION_DROP));
  const mean = (row) => sets.reduce((a, s) => a + row[s].f1, 0) / sets.length;
  if (!ok.length) return THRESHOLDS[THRESHOLDS.length - 1];
  const best = [...ok].sort((a, b) => mean(b) - mean(a) || b.threshold - a.threshold)[0];
  // Where the classifier can be off (a style's curve), it must gain more than noise to pay for its time.
  const off = ok.find((row) => row.threshold >= 1);
  return off && mean(best) - mean(off) < MIN_STYLE_GAIN ? off.threshold : best.threshold;
}

/** Held-out extraction: each document extracted with its fold's model, at `threshold` (and per style, `thresholds`). */
export function crossValidatedPredictions(prepared, foldOf, models, threshold, lib, thresholds) {
  return prepared.map((d) => ({ doc: d, gold: d.gold, pred: lib.extract(d.input, { entityModel: d.entityModel, relationModel: { ...models[foldOf.get(d.id)], threshold, ...(thresholds && { thresholds }) } }) }));
}

export function printCurve(curve, log = console.log) {
  log(`threshold  ${SETS.map((s) => `${s}: P / R / F1`.padEnd(28)).join('')}`);
  for (const row of curve) {
    log(`  ${row.threshold.toFixed(2)}     ${SETS.map((s) => (row[s] ? `${row[s].p.toFixed(3)} / ${row[s].r.toFixed(3)} / ${row[s].f1.toFixed(3)}` : '-').padEnd(28)).join('')}`);
  }
}

function flagValue(args, name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

async function main(args) {
  const started = Date.now();
  const [{ normalize, scoreDocument }, lib] = await Promise.all([loadScorer(), loadExtractor()]);
  const folds = flagValue(args, '--folds', 5);
  const seed = flagValue(args, '--seed', lib.DEFAULT_TRAIN_OPTIONS.seed);
  const options = { ...lib.DEFAULT_TRAIN_OPTIONS, seed };
  const docs = SETS.flatMap((s) => readGoldSet(s));
  if (!docs.length) throw new Error(`no gold files under ${EVAL_DIR}/{${SETS.join(',')}}`);
  const foldOf = assignFolds(docs, folds, seed, lib);
  // First the entity typer (the relation candidates depend on the entities it types), cross-validated on the same folds.
  const scorer = { normalize, scoreDocument };
  const entityCv = crossValidatedEntityTyper(docs, lib, scorer, foldOf, folds, { sets: SETS, Tally, options: { seed } });
  console.log(`entity typer: ${entityCv.examples.length} untyped names; ${folds}-fold cross-validated entity figures by threshold (rules + typer, estimated from held-out names)`);
  printEntityCurves(entityCv.curves, SETS);
  console.log(`chosen entity thresholds ${JSON.stringify(entityCv.thresholds)}; estimated entity F1 ${SETS.map((s) => `${s} ${entityCv.estimate.rulesOnly[s].f1.toFixed(3)} -> ${entityCv.estimate.withTyper[s].f1.toFixed(3)}`).join(', ')}\n`);
  writeEntityModel(entityCv, lib, {
    command: 'npm run build && npm run train',
    trainedOn: Object.fromEntries(SETS.map((s) => [s, docs.filter((d) => d.set === s).length])),
    examples: entityCv.examples.length,
    options: entityCv.options,
    crossValidation: { folds, seed, thresholds: entityCv.thresholds, estimatedEntities: Object.fromEntries(SETS.map((s) => [s, { rulesOnly: pick(entityCv.estimate.rulesOnly[s]), withTyper: pick(entityCv.estimate.withTyper[s]) }])) },
  }, !args.includes('--no-write'));
  const prepared = prepareDocuments(docs, lib, normalize, entityCv.modelOf);
  const examples = prepared.flatMap((d) => d.examples);
  const positives = examples.filter((e) => e.gold.length).length;
  console.log(`documents ${SETS.map((s) => `${s} ${prepared.filter((d) => d.set === s).length}`).join(', ')}; candidate pairs ${examples.length} (${positives} with a gold relation)`);

  const models = trainFoldModels(prepared, foldOf, folds, options, lib);
  const rulesOnly = Object.fromEntries(SETS.map((s) => [s, prepared.filter((d) => d.set === s)]).filter(([, d]) => d.length)
    .map(([s, d]) => [s, scoreAll(d.map((x) => ({ gold: x.gold, pred: x.rulesOnly })), scoreDocument)]));
  const simulate = heldOutSimulator(prepared, foldOf, models, scoreDocument, lib);
  console.log(`\n${folds}-fold cross-validated relation figures by threshold (held-out documents, rules + classifier; rules only: ${SETS.filter((s) => rulesOnly[s]).map((s) => `${s} F1 ${rulesOnly[s].relations.f1.toFixed(3)}`).join(', ')})`);
  const curve = thresholdCurve(simulate);
  printCurve(curve);
  const threshold = chooseThreshold(curve, rulesOnly);
  console.log(`chosen threshold ${threshold} (best mean F1 over the sets, lowering neither set's F1 and its precision by at most ${MAX_PRECISION_DROP})`);
  // Then one threshold per document style (documentStyle: encyclopedic or news), each varied with the other held.
  const thresholds = Object.fromEntries(lib.STYLES.map((s) => [s, threshold]));
  for (const style of lib.STYLES) {
    const styleCurve = thresholdCurve(simulate, style, (s) => thresholds[s]);
    console.log(`\nvarying the threshold of "${style}" documents only (others at ${lib.STYLES.filter((s) => s !== style).map((s) => thresholds[s]).join(', ')})`);
    printCurve(styleCurve);
    thresholds[style] = chooseThreshold(styleCurve, rulesOnly);
  }
  console.log(`chosen per style: ${JSON.stringify(thresholds)}`);

  const cv = crossValidatedPredictions(prepared, foldOf, models, threshold, lib, thresholds);
  const figures = {};
  console.log(`\n${folds}-fold cross-validated pipeline (each document extracted with a model trained without its fold), thresholds ${JSON.stringify(thresholds)}`);
  for (const set of SETS) {
    const pairs = cv.filter((x) => x.doc.set === set);
    if (!pairs.length) continue;
    const withModel = scoreAll(pairs, scoreDocument);
    figures[set] = { rulesOnly: pick(rulesOnly[set].relations), withClassifier: pick(withModel.relations) };
    console.log(`== ${set} (${pairs.length} documents)`);
    console.log(formatTally('relations (rules)', rulesOnly[set].relations));
    console.log(formatTally('relations (+learned)', withModel.relations));
    console.log(formatTally('rel_unlabeled (+l.)', withModel.relations_unlabeled));
  }

  const model = lib.trainRelationModel(examples, options);
  model.threshold = threshold;
  model.thresholds = thresholds;
  model.about = {
    command: 'npm run build && npm run train',
    trainedOn: Object.fromEntries(SETS.map((s) => [s, prepared.filter((d) => d.set === s).length])),
    examples: examples.length,
    options,
    crossValidation: { folds, seed, threshold, thresholds, relations: figures },
  };
  const file = lib.serializeRelationModel(model);
  const json = JSON.stringify(file);
  console.log(`\nfinal model: ${Object.keys(file.weights).length} features, ${(json.length / 1024).toFixed(0)} KiB`);
  if (!args.includes('--no-write')) {
    mkdirSync(dirname(MODEL_FILE), { recursive: true });
    writeFileSync(MODEL_FILE, `${json.replace(/\],"/g, '],\n"')}\n`);
    console.log(`wrote ${MODEL_FILE}`);
  }
  console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

const pick = (t) => ({ p: round(t.p), r: round(t.r), f1: round(t.f1), tp: t.tp, fp: t.fp, fn: t.fn });
const round = (x) => Math.round(x * 1000) / 1000;

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(`train: ${err.message}`);
    process.exit(2);
  });
}
