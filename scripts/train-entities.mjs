// The learned entity typer (src/extract/entities/learned): its training
// examples, cross-validated fold models and threshold, and the committed
// model file. Used by scripts/train.mjs (`npm run train`) and scripts/eval.mjs.
// Folds are the relation classifier's (by document, over both sets, seeded):
// each document's names are typed by a model that never saw that document.
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ENTITY_MODEL_FILE = join(root, 'ingest', 'models', 'entity-typer.json');
/** Thresholds the held-out curve tries; 1 leaves the typer off. */
export const ENTITY_THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1];
/** The typer's decisions, each with a threshold per document style, chosen in this order. */
const DECISIONS = ['untyped', 'typed'];
/**
 * Entity F1 a threshold must add on some set over leaving that decision off, lowering no set's
 * (one name in 500 is noise). On one set, not on the mean: a decision of one style of writing
 * (encyclopedic) moves only the set written that way, and its gain halved on the mean was lost.
 */
const MIN_GAIN = 0.002;
/** A name gold cannot judge (an optional entity, a type outside the scored ones): no example, no penalty. */
const UNJUDGED = -1;

/**
 * The label of one untyped name against gold, the way score.mjs matches
 * entities: any of its mentions' normalized texts equal to a gold name or
 * alias. No match: 0 (not an entity). A gold entity of a type the typer never
 * gives but gold scores (Group): 0 too, since typing it would be a false positive.
 */
export function labelUntypedName(texts, gold, normalize, lib, found = () => 0, typed = false) {
  const names = new Set(texts.map(normalize).filter(Boolean));
  const scored = gold.scoredTypes && new Set(gold.scoredTypes);
  for (const g of gold.entities ?? []) {
    if (![g.name, ...(g.aliases ?? [])].some((n) => names.has(normalize(n)))) continue;
    if (g.optional) return UNJUDGED;
    if (scored && !scored.has(g.type)) return UNJUDGED;
    // gold's entity already found under another name: typing this one too would only add a duplicate
    if (found(g) > (typed ? 1 : 0)) return typed ? UNJUDGED : 0;
    return lib.labelOfType(g.type) ?? 0;
  }
  return 0;
}

/** How many of the predicted entities name each gold entity (a name or alias in common). */
function foundCounter(gold, entities, normalize) {
  const predNames = entities.map((e) => new Set([e.name, ...(e.aliases ?? [])].map(normalize)));
  const counts = new Map();
  return (g) => {
    if (!counts.has(g)) {
      const names = [g.name, ...(g.aliases ?? [])].map(normalize);
      counts.set(g, predNames.filter((p) => names.some((n) => p.has(n))).length);
    }
    return counts.get(g);
  };
}

/**
 * Per document: the names the rules leave untyped, with features and gold
 * labels, and the rules-only entity tally (what the typer starts from).
 */
export function entityExamples(docs, lib, scorer) {
  const { normalize, scoreDocument } = scorer;
  return docs.map((doc) => {
    const ctx = lib.documentContext(doc.input, lib.nlp(doc.input.text));
    const names = [];
    const typedNames = [];
    const onUntyped = (features, mentions, current) => names.push({ features, current, texts: mentions.map((m) => m.text) });
    const onTyped = (features, mentions) => typedNames.push({ features, texts: mentions.map((m) => m.text) });
    const entities = lib.findEntities(ctx, { entityModel: null, onUntyped, onTyped });
    const style = lib.tokenStyle(lib.tokenize(ctx), ctx.text);
    const found = foundCounter(doc.gold, entities, normalize);
    const examples = names.map((n) => ({
      doc: doc.id, features: n.features, label: labelUntypedName(n.texts, doc.gold, normalize, lib, found, !!n.current),
      texts: n.texts, current: n.current ? lib.labelOfType(n.current) : 0, decision: n.current ? 'typed' : 'untyped', style,
    }));
    // names strong rules typed: training examples only (the typer never judges them, so the simulation skips them)
    const teaching = typedNames.map((n) => ({ doc: doc.id, features: n.features, label: labelUntypedName(n.texts, doc.gold, normalize, lib, found, true) }));
    const rulesOnly = scoreDocument(doc.gold, { entities, relations: [], events: [] }).entities;
    return { id: doc.id, set: doc.set, examples, teaching, rulesOnly };
  });
}

/** What one name adds to an entity tally when it ends with `label` and gold says `gold` (0: none). */
function tallyOf(label, gold) {
  if (label === 0) return { tp: 0, fp: 0, fn: gold ? 1 : 0 };
  return label === gold ? { tp: 1, fp: 0, fn: 0 } : { tp: 0, fp: 1, fn: gold ? 1 : 0 };
}

/**
 * Held-out entity figures per set for thresholds (decision:style → number),
 * from the rules-only tally: each name judged by gold moves the tally from
 * what the rules gave it to what the typer gives it.
 */
export function entitySimulator(prepared, heldOut, sets, Tally, lib) {
  return (thresholds) => {
    const row = {};
    for (const set of sets) {
      const docs = prepared.filter((d) => d.set === set);
      if (!docs.length) continue;
      const t = new Tally();
      for (const d of docs) {
        t.add(d.rulesOnly);
        d.examples.forEach((e, i) => {
          if (e.label === UNJUDGED) return;
          const { label, probability } = heldOut.get(d.id)[i];
          if (probability < (thresholds[lib.thresholdKey(e.decision, e.style)] ?? 1) || label === e.current) return;
          const [before, after] = [tallyOf(e.current, e.label), tallyOf(label, e.label)];
          t.tp += after.tp - before.tp; t.fp += after.fp - before.fp; t.fn += after.fn - before.fn;
        });
      }
      row[set] = t;
    }
    return row;
  };
}

/**
 * Thresholds chosen one decision and style at a time (the others held): the
 * one of best mean entity F1 over the sets among those lowering neither set's
 * F1; off unless it gains MIN_GAIN on some set. Returns the thresholds and the curves seen.
 */
export function chooseEntityThresholds(simulate, sets, styles, lib) {
  const thresholds = {};
  const curves = [];
  const mean = (r) => sets.reduce((a, s) => a + r[s].f1, 0) / sets.length;
  for (const decision of DECISIONS) {
    for (const style of styles) {
      const key = lib.thresholdKey(decision, style);
      const curve = ENTITY_THRESHOLDS.map((t) => ({ threshold: t, ...simulate({ ...thresholds, [key]: t }) }));
      const off = curve.at(-1);
      const ok = curve.filter((r) => sets.every((s) => r[s].f1 >= off[s].f1));
      const best = [...ok].sort((a, b) => mean(b) - mean(a) || b.threshold - a.threshold)[0];
      const gain = (r) => Math.max(...sets.map((s) => r[s].f1 - off[s].f1));
      thresholds[key] = best && gain(best) >= MIN_GAIN ? best.threshold : 1;
      curves.push({ key, curve });
    }
  }
  return { thresholds, curves };
}

/**
 * Cross-validated typer: one model per fold (trained without that fold's
 * documents), the threshold chosen on held-out names, and per document the
 * model that may type it. `foldOf`: document id → fold.
 */
export function crossValidatedEntityTyper(docs, lib, scorer, foldOf, folds, { sets, Tally, options = {}, thresholds: fixed } = {}) {
  const o = { ...lib.DEFAULT_ENTITY_TRAIN_OPTIONS, ...options };
  const prepared = entityExamples(docs, lib, scorer);
  const training = (keep) => prepared.filter((d) => keep(foldOf.get(d.id)))
    .flatMap((d) => [...d.examples, ...(o.typedExamples ? d.teaching : [])].filter((e) => e.label !== UNJUDGED));
  const models = Array.from({ length: folds }, (_, k) => lib.trainEntityModel(training((f) => f !== k), o));
  const heldOut = new Map(prepared.map((d) => [d.id, d.examples.map((e) => lib.bestEntityLabel(models[foldOf.get(d.id)], e.features, e.decision))]));
  const simulate = entitySimulator(prepared, heldOut, sets, Tally, lib);
  const chosen = fixed ? { thresholds: fixed, curves: [] } : chooseEntityThresholds(simulate, sets, lib.STYLES, lib);
  for (const m of models) m.thresholds = chosen.thresholds;
  const modelOf = (doc) => models[foldOf.get(doc.id)];
  const estimate = { rulesOnly: simulate({}), withTyper: simulate(chosen.thresholds) };
  return { prepared, models, modelOf, curves: chosen.curves, thresholds: chosen.thresholds, estimate, options: o, examples: training(() => true) };
}

export function printEntityCurves(curves, sets, log = console.log) {
  for (const { key, curve } of curves) {
    log(`${key}: threshold  ${sets.map((s) => `${s}: P / R / F1`.padEnd(28)).join('')}`);
    for (const row of curve) {
      log(`  ${row.threshold >= 1 ? 'off ' : row.threshold.toFixed(2)}     ${sets.map((s) => (row[s] ? `${row[s].p.toFixed(3)} / ${row[s].r.toFixed(3)} / ${row[s].f1.toFixed(3)}` : '-').padEnd(28)).join('')}`);
    }
  }
}

/** Trains the committed typer on every document at the cross-validated threshold and writes it. */
export function writeEntityModel(cv, lib, about, write = true) {
  const model = lib.trainEntityModel(cv.examples, cv.options);
  model.thresholds = cv.thresholds;
  model.about = about;
  const file = lib.serializeEntityModel(model);
  const json = JSON.stringify(file);
  console.log(`entity typer: ${Object.keys(file.weights).length} features, ${(json.length / 1024).toFixed(0)} KiB`);
  if (write) {
    mkdirSync(dirname(ENTITY_MODEL_FILE), { recursive: true });
    writeFileSync(ENTITY_MODEL_FILE, `${json.replace(/\],"/g, '],\n"')}\n`);
    console.log(`wrote ${ENTITY_MODEL_FILE}`);
  }
  return model;
}

/**
 * `node scripts/train-entities.mjs [--no-write]`: the entity typer alone, exactly
 * as `npm run train` trains it first (same folds, seed and options), without
 * the relation classifier's minutes. Retrain the classifier (`npm run train`)
 * when the entities it learns from have changed much.
 */
async function main(args) {
  const started = Date.now();
  const tr = await import('./train.mjs');
  const [{ normalize, scoreDocument }, lib] = await Promise.all([tr.loadScorer(), tr.loadExtractor()]);
  const seed = lib.DEFAULT_TRAIN_OPTIONS.seed;
  const folds = 5;
  const docs = tr.SETS.flatMap((s) => tr.readGoldSet(s));
  if (!docs.length) throw new Error(`no gold files under ${tr.EVAL_DIR}`);
  const foldOf = tr.assignFolds(docs, folds, seed, lib);
  const cv = crossValidatedEntityTyper(docs, lib, { normalize, scoreDocument }, foldOf, folds, { sets: tr.SETS, Tally: tr.Tally, options: { seed } });
  console.log(`entity typer: ${cv.examples.length} untyped names; ${folds}-fold cross-validated entity figures by threshold (rules + typer, estimated from held-out names)`);
  printEntityCurves(cv.curves, tr.SETS);
  console.log(`chosen entity thresholds ${JSON.stringify(cv.thresholds)}; estimated entity F1 ${tr.SETS.map((s) => `${s} ${cv.estimate.rulesOnly[s].f1.toFixed(3)} -> ${cv.estimate.withTyper[s].f1.toFixed(3)}`).join(', ')}`);
  const pick = (t) => ({ p: Math.round(t.p * 1000) / 1000, r: Math.round(t.r * 1000) / 1000, f1: Math.round(t.f1 * 1000) / 1000, tp: t.tp, fp: t.fp, fn: t.fn });
  writeEntityModel(cv, lib, {
    command: 'npm run build && npm run train',
    trainedOn: Object.fromEntries(tr.SETS.map((s) => [s, docs.filter((d) => d.set === s).length])),
    examples: cv.examples.length,
    options: cv.options,
    crossValidation: { folds, seed, thresholds: cv.thresholds, estimatedEntities: Object.fromEntries(tr.SETS.map((s) => [s, { rulesOnly: pick(cv.estimate.rulesOnly[s]), withTyper: pick(cv.estimate.withTyper[s]) }])) },
  }, !args.includes('--no-write'));
  console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(`train-entities: ${err.message}`);
    process.exit(2);
  });
}
