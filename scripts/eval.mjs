#!/usr/bin/env node
// Extraction quality against the gold sets in ../shared/eval (present in the
// team's checkouts and CI, not in a user's clone). Build first
// (npx tsc -p tsconfig.build.json). Usage:
//   npm run eval [-- --set dev] [-- --verbose] [-- --committed-model | --rules-only]
// The learned entity typer is cross-validated the same way (same folds).
// Never scores the learned relation classifier on its own training data: by
// default each document is extracted with a model trained (in this process,
// as `npm run train` does) on the other folds' documents. --committed-model
// uses the shipped weights instead, which saw every document (optimistic);
// --rules-only turns the classifier off.
import { existsSync } from 'node:fs';
import {
  MODEL_FILE, SETS, Tally, assignFolds, crossValidatedPredictions, formatTally, loadExtractor, loadScorer,
  prepareDocuments, readGoldSet, scoreAll, trainFoldModels,
} from './train.mjs';
import { ENTITY_MODEL_FILE, crossValidatedEntityTyper } from './train-entities.mjs';

const FOLDS = 5;
const BANDS = [[0, 0.5], [0.5, 0.7], [0.7, 0.85], [0.85, 1.0001]];

const args = process.argv.slice(2);
const setArg = args.indexOf('--set');
const only = setArg >= 0 ? args[setArg + 1] : undefined;
const verbose = args.includes('--verbose');
const mode = args.includes('--committed-model') ? 'committed' : args.includes('--rules-only') ? 'rules' : 'cv';

async function main() {
  let scorer, lib;
  try {
    [scorer, lib] = await Promise.all([loadScorer(), loadExtractor()]);
  } catch (err) {
    console.error(`eval: ${err.message}`);
    return 2;
  }
  const { scoreDocument, normalize } = scorer;
  const sets = SETS.filter((s) => !only || s === only);
  if (!sets.length) {
    console.error(`eval: unknown set ${only} (sets: ${SETS.join(', ')})`);
    return 2;
  }
  const committed = existsSync(MODEL_FILE) ? lib.loadRelationModel(MODEL_FILE) : null;
  let predictions, label;
  if (mode === 'cv') {
    // Folds over both sets, exactly as `npm run train`, whatever set is printed: the figures match train's.
    const docs = SETS.flatMap((s) => readGoldSet(s));
    const options = { ...lib.DEFAULT_TRAIN_OPTIONS, ...(committed?.about.options ?? {}) };
    const threshold = committed?.threshold ?? options.threshold;
    const thresholds = committed?.thresholds;
    const foldOf = assignFolds(docs, FOLDS, options.seed, lib);
    // Entities too: each document's untyped names typed by a typer trained without its fold, at the committed threshold.
    const typer = existsSync(ENTITY_MODEL_FILE) ? lib.loadEntityModel(ENTITY_MODEL_FILE) : null;
    const entityCv = crossValidatedEntityTyper(docs, lib, scorer, foldOf, FOLDS, { sets: SETS, Tally, options: typer?.about.options ?? {}, thresholds: typer?.thresholds });
    const prepared = prepareDocuments(docs, lib, normalize, entityCv.modelOf);
    const models = trainFoldModels(prepared, foldOf, FOLDS, options, lib);
    predictions = crossValidatedPredictions(prepared.filter((d) => sets.includes(d.set)), foldOf, models, threshold, lib, thresholds)
      .map(({ doc, gold, pred }) => ({ set: doc.set, id: doc.id, gold, pred, rulesOnly: doc.rulesOnly }));
    label = `entities: rules + learned typer (thresholds ${JSON.stringify(entityCv.thresholds)}); rules + learned relations, ${FOLDS}-fold cross-validated: each document extracted with a model trained without its fold (threshold ${thresholds ? JSON.stringify(thresholds) : threshold})`;
  } else {
    predictions = sets.flatMap((s) => readGoldSet(s)).map((d) => ({
      set: d.set, id: d.id, gold: d.gold,
      pred: lib.extract(d.input, mode === 'rules' ? { relationModel: null, entityModel: null } : {}),
    }));
    label = mode === 'rules' ? 'rules only (learned entity typer and relations off)'
      : committed ? `rules + committed learned model: TRAINING DATA, OPTIMISTIC (threshold ${committed.thresholds ? JSON.stringify(committed.thresholds) : committed.threshold})` : 'rules only (no committed model)';
  }
  console.log(`relations: ${label}`);
  for (const set of sets) {
    const pairs = predictions.filter((p) => p.set === set);
    if (!pairs.length) continue;
    report(set, pairs, scoreDocument);
  }
  return 0;
}

function report(set, pairs, scoreDocument) {
  console.log(`== ${set} (${pairs.length} documents)`);
  if (verbose) {
    for (const { id, gold, pred } of pairs) {
      console.log(`# ${id}`);
      for (const l of scoreDocument(gold, pred).log) console.log(`  ${l}`);
    }
  }
  // The headline lines, in score.mjs's format, so figures stay comparable with earlier runs.
  const total = scoreAll(pairs, scoreDocument);
  console.log(`documents: ${pairs.length}`);
  for (const [k, t] of Object.entries(total)) console.log(formatTally(k, t));
  if (pairs[0].rulesOnly) console.log(formatTally('relations (rules)', scoreAll(pairs.map((p) => ({ gold: p.gold, pred: p.rulesOnly })), scoreDocument).relations));

  const predicates = [...new Set(pairs.flatMap((p) => [...(p.gold.relations ?? []), ...(p.pred.relations ?? [])].map((r) => r.predicate)))].sort();
  section('relations by predicate', predicates, (pr) => scoreAll(pairs.map(({ gold, pred }) => ({
    gold: { ...gold, relations: (gold.relations ?? []).filter((r) => r.predicate === pr) },
    pred: { ...pred, relations: pred.relations.filter((r) => r.predicate === pr) },
  })), scoreDocument).relations);

  const types = [...new Set(pairs.flatMap((p) => [...(p.gold.entities ?? []), ...p.pred.entities].map((e) => e.type)))].filter((t) => t !== 'MISC').sort();
  // Optional gold entities of every type stay, so a name they cover is still not counted against the type.
  section('entities by type', types, (type) => scoreAll(pairs.map(({ gold, pred }) => ({
    gold: { ...gold, entities: (gold.entities ?? []).filter((e) => e.type === type || e.optional), relations: [], events: [] },
    pred: { ...pred, entities: pred.entities.filter((e) => e.type === type), relations: [], events: [] },
  })), scoreDocument).entities);

  const eventTypes = [...new Set(pairs.flatMap((p) => (p.gold.events ?? []).map((e) => e.type)))].sort();
  if (eventTypes.length) {
    section('events by type', eventTypes, (type) => scoreAll(pairs.map(({ gold, pred }) => ({
      gold: { ...gold, events: (gold.events ?? []).filter((e) => e.type === type) },
      pred: { ...pred, events: pred.events.filter((e) => e.type === type) },
    })), scoreDocument).events);
  }

  console.log('-- precision by confidence band (relations)');
  for (const [lo, hi] of BANDS) {
    const t = scoreAll(pairs.map(({ gold, pred }) => ({ gold, pred: { ...pred, relations: pred.relations.filter((r) => r.confidence >= lo && r.confidence < hi) } })), scoreDocument).relations;
    console.log(`  ${bandName(lo, hi)}  P ${t.p.toFixed(3)}  (tp ${t.tp} fp ${t.fp})`);
  }
  if (eventTypes.length) {
    const scored = pairs.some((p) => p.pred.events.some((e) => typeof e.confidence === 'number'));
    if (!scored) console.log('-- precision by confidence band (events): events carry no confidence');
    else {
      console.log('-- precision by confidence band (events)');
      for (const [lo, hi] of BANDS) {
        const t = scoreAll(pairs.map(({ gold, pred }) => ({ gold, pred: { ...pred, events: pred.events.filter((e) => e.confidence >= lo && e.confidence < hi) } })), scoreDocument).events;
        console.log(`  ${bandName(lo, hi)}  P ${t.p.toFixed(3)}  (tp ${t.tp} fp ${t.fp})`);
      }
    }
  }
}

function section(title, keys, tally) {
  console.log(`-- ${title}`);
  for (const k of keys) {
    const t = tally(k) ?? new Tally();
    if (t.tp + t.fp + t.fn) console.log(`  ${formatTally(k, t)}`);
  }
}

const bandName = (lo, hi) => `[${lo.toFixed(2)}, ${hi > 1 ? '1.00]' : `${hi.toFixed(2)})`}`;

process.exit(await main());
