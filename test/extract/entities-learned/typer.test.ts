import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentContext } from '../../../src/extract/context.js';
import { findEntities } from '../../../src/extract/entities/index.js';
import type { Candidate } from '../../../src/extract/entities/candidate.js';
import { tokenize } from '../../../src/extract/entities/tokens.js';
import {
  documentTopic,
  ENTITY_LABELS,
  ENTITY_MODEL_FORMAT,
  EntityModelError,
  type EntityModel,
  bestEntityLabel,
  learnedType,
  loadEntityModel,
  nameFeatures,
  parseEntityModel,
  serializeEntityModel,
  tokenStyle,
  trainEntityModel,
  typedNeighbours,
  wordShape,
} from '../../../src/extract/entities/learned/index.js';
import { nlp } from '../../../src/extract/nlp.js';

const ctxOf = (text: string) => documentContext({ id: 't', text }, nlp(text));
const names = (text: string, entityModel?: EntityModel | null) => findEntities(ctxOf(text), { entityModel }).map((e) => `${e.name}/${e.type}`);

describe('the committed typer types names the rules leave untyped', () => {
  // invented names in encyclopedic sentences: the rules alone drop the name, the committed model types it
  it.each([
    ['Jasper Vell was an English painter. He studied at Hollins and exhibited in Carrow.', 'Carrow/Place'],
    ['Tamsin Orrel is a Welsh poet. She was born in the village of Pennardy and later lived at Cwmtarren.', 'Cwmtarren/Place'],
    ['Old Brackwater is a hamlet in Devon. It lies on the River Tolley near Harcombe.', 'River Tolley/Place'],
    ['The Quarry Line is a railway in Wales. Its western end is at Llanfedw.', 'Llanfedw/Place'],
    ['Sanna Korpi is a Finnish skier. She grew up in Kuusivaara and trains in Lehtola.', 'Lehtola/Place'],
    ['Mount Orrin is a peak in Canada. It rises above the Tesslin valley near Carrowmore.', 'Carrowmore/Place'],
  ])('%s -> %s', (text, expected) => {
    expect(names(text, null)).not.toContain(expected);
    expect(names(text)).toContain(expected);
  });

  it('leaves news text to the rules (the typer is off there: cross-validation found no gain)', () => {
    const text = 'LONDON 2026-03-02 - Police said on Monday that Tellbury was calm after the protest.';
    expect(names(text)).toEqual(names(text, null));
  });
});

describe('features of a name', () => {
  it.each([
    ['Harcombe', 'Xx'],
    ['IBM', 'X'],
    ['U.S.', 'X.X.'],
    ['M-52', 'X-9'],
    ['McAllister', 'XxXx'],
  ])('wordShape(%s) = %s', (word, shape) => expect(wordShape(word)).toBe(shape));

  it.each([
    ['Harcombe is a village in Devon. It lies near Exmoor.', 'enc'],
    ['Tellbury Mills was a cotton mill in Lancashire.', 'enc'],
    ['BERLIN 2026-01-05 Officials said the talks were over.', 'news'],
    ['The minister said on Tuesday that the plant is closed.', 'news'],
  ])('tokenStyle: %s -> %s', (text, style) => {
    const ctx = ctxOf(text);
    expect(tokenStyle(tokenize(ctx), ctx.text)).toBe(style);
  });

  it.each([
    ['Orlan Vesk (born 1988) is an English former footballer who played in midfield.', 'footballer'],
    ['Harcombe is a small village in Devon.', 'village'],
    ['Quiet Harbour is the third album by the band Telverin.', 'album'],
    ['Brindlecote was a rock band from Leeds.', 'band'],
    ['The minister said on Tuesday that the plant is closed.', undefined],
  ])('documentTopic: %s -> %s', (text, topic) => {
    expect(documentTopic(tokenize(ctxOf(text)))).toBe(topic);
  });

  const featuresOf = (text: string, name: string) => {
    const ctx = ctxOf(text);
    const tokens = tokenize(ctx);
    const from = tokens.findIndex((t) => t.text === name.split(' ')[0]);
    const n = name.split(' ').length;
    const start = tokens[from]!.start;
    const end = tokens[from + n - 1]!.end;
    const mention: Candidate = { start, end, text: name, type: undefined, priority: 20, rule: 'untyped', tok: from, tokEnd: from + n };
    return nameFeatures(tokens, [mention], undefined, tokenStyle(tokens, ctx.text));
  };

  it.each([
    ['The choir sang at Brenholt Abbey before it moved to Carlow.', 'Brenholt Abbey', 'news', ['p1:at', 'n1:before', 'first:brenholt', 'last:abbey', 'nw:2', 'typed:none', 'rule:untyped', 'count:1']],
    ['She signed with Drumlin Records in 1999.', 'Drumlin Records', 'news', ['p12:signed_with', 'w:records', 'n1:in', 'suf3:rds']],
    ['It was released by Quorvex, a small company.', 'Quorvex', 'enc', ['p1:by', 'gapafter:,', 'cue:Organization', 'suf4:rvex']],
    // the kind noun near the name: before it in its clause, or right after it
    ['He later joined the record label Brassmoor in Leeds.', 'Brassmoor', 'news', ['kind-before:Organization']],
    ['The boats moored on the Tellan river overnight.', 'Tellan', 'news', ['kind-after:Place']],
  ])('%s: %s has the general features', (text, name, style, expected) => {
    const f = featuresOf(text, name);
    for (const x of expected) expect(f).toContain(x);
    // each feature also once more for the document's style of writing
    expect(f).toContain(`${style}|${expected[0]}`);
  });

  const neighbourFeatures = (text: string, name: string) => {
    const ctx = ctxOf(text);
    const tokens = tokenize(ctx);
    const typed = findEntities(ctx, { entityModel: null });
    const from = tokens.findIndex((t) => t.text === name.split(' ')[0]);
    const neighbours = typedNeighbours(typed.flatMap((e) => e.mentions.map((m) => {
      const tok = tokens.findIndex((t) => t.start === m.start);
      const tokEnd = tokens.findIndex((t) => t.end === m.end) + 1;
      return { start: m.start, end: m.end, text: m.text, type: e.type, priority: 60, rule: 'test', tok, tokEnd } as Candidate;
    })));
    const n = name.split(' ').length;
    const mention: Candidate = { start: tokens[from]!.start, end: tokens[from + n - 1]!.end, text: name, type: undefined, priority: 20, rule: 'untyped', tok: from, tokEnd: from + n };
    return nameFeatures(tokens, [mention], undefined, 'news', neighbours);
  };

  it.each([
    ['Trains run from Lyon to Quessel.', 'Quessel', 'left:to:Place'],
    ['Quessel and Lyon are on the line.', 'Quessel', 'right:and:Place'],
    ['He met Anna Berg, Quessel and Lyon.', 'Quessel', 'left:,:Person'],
    // the nearest typed name of the same list, across untyped ones
    ['The line calls at Lyon, Orvane, Quessel and Tarbide.', 'Quessel', 'list:Place'],
    ['The line calls at Orvane, Quessel, Tarbide and Lyon.', 'Quessel', 'list:Place'],
    // a typed name sharing a word: its type, and where the word stands in this name
    ['The Tarbide Mill opened in 1901. It stands near Tarbide, a town in France.', 'Tarbide Mill', 'share:first:Place'],
  ])('%s: %s sees its typed neighbour (%s)', (text, name, expected) => {
    expect(neighbourFeatures(text, name)).toContain(expected);
  });

  it.each([
    // a lowercase word ends the list: Lyon is in another phrase
    ['Orvane grew after the railway reached Lyon.', 'Orvane', 'list:'],
    // a period ends it too
    ['He moved to Lyon. Quessel was his next stop.', 'Quessel', 'list:'],
  ])('%s: %s has no list mate', (text, name, prefix) => {
    expect(neighbourFeatures(text, name).some((f) => f.startsWith(prefix))).toBe(false);
  });

  it('never uses a whole name of several words as a feature', () => {
    const f = featuresOf('The choir sang at Brenholt Abbey before it moved.', 'Brenholt Abbey');
    expect(f.some((x) => x.includes('brenholt abbey') || x.includes('Brenholt Abbey'))).toBe(false);
  });
});

describe('training and the model file', () => {
  // two cue features decide the label; each is seen in enough documents to be kept
  const examples = Array.from({ length: 40 }, (_, i) => ({
    doc: `d${i % 10}`,
    features: ['bias', i % 2 ? 'p1:in' : 'p1:mr', `noise:${i % 3}`],
    label: i % 2 ? 3 : 1,
  }));

  it('learns the labels of separable examples', () => {
    const model = trainEntityModel(examples, { minDocuments: 2 });
    expect(bestEntityLabel(model, ['bias', 'p1:in']).label).toBe(3);
    expect(bestEntityLabel(model, ['bias', 'p1:mr']).label).toBe(1);
  });

  it('is deterministic for a seed', () => {
    const a = serializeEntityModel(trainEntityModel(examples, { seed: 4, minDocuments: 2 }));
    const b = serializeEntityModel(trainEntityModel(examples, { seed: 4, minDocuments: 2 }));
    expect(a).toEqual(b);
  });

  it('drops features seen in fewer documents than minDocuments', () => {
    const model = trainEntityModel([...examples, { doc: 'lone', features: ['bias', 'w:onlyhere'], label: 2 }], { minDocuments: 2 });
    expect(model.weights.has('w:onlyhere')).toBe(false);
    expect(model.weights.has('p1:in')).toBe(true);
  });

  it('round-trips through its file format', () => {
    const model = { ...trainEntityModel(examples, { minDocuments: 2 }), thresholds: { 'untyped:enc': 0.5 } };
    const back = parseEntityModel(JSON.parse(JSON.stringify(serializeEntityModel(model))), 'mem');
    expect(back.thresholds).toEqual({ 'untyped:enc': 0.5 });
    expect(bestEntityLabel(back, ['bias', 'p1:in']).label).toBe(3);
  });

  it.each([
    [{ format: 'other' }, /not a actorgraph-entity-typer\/1 file/],
    [{ format: ENTITY_MODEL_FORMAT, labels: ['none', 'Place'], thresholds: {}, weights: {} }, /labels/],
    [{ format: ENTITY_MODEL_FORMAT, labels: [...ENTITY_LABELS], thresholds: { 'untyped:enc': 2 }, weights: {} }, /thresholds/],
    [{ format: ENTITY_MODEL_FORMAT, labels: [...ENTITY_LABELS], thresholds: {}, weights: { bias: [1, 2] } }, /expected 4 finite weights/],
  ])('rejects a bad file %#', (json, message) => {
    expect(() => parseEntityModel(json, 'bad.json')).toThrow(message);
    expect(() => parseEntityModel(json, 'bad.json')).toThrow(EntityModelError);
  });

  it('says clearly when the model file is missing', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'typer-')), 'entity-typer.json');
    expect(() => loadEntityModel(file)).toThrow(/missing/);
    writeFileSync(file, '{not json');
    expect(() => loadEntityModel(file)).toThrow(EntityModelError);
  });
});

describe('where the typer decides', () => {
  // one feature per label: weights make "says:<label>" that label's winner
  const model: EntityModel = {
    weights: new Map(ENTITY_LABELS.map((l, k) => [`says:${l}`, Float64Array.from(ENTITY_LABELS, (_, j) => (j === k ? 3 : 0))])),
    thresholds: { 'untyped:enc': 0.6, 'typed:enc': 0.6 },
    about: {},
  };
  it.each([
    ['an untyped name the model is sure of', ['says:Place'], undefined, 'enc', 'Place'],
    ['an untyped name the model thinks is none', ['says:none'], undefined, 'enc', undefined],
    ['an untyped name below the threshold', [], undefined, 'enc', undefined],
    ['an untyped name in a style where the typer is off', ['says:Place'], undefined, 'news', undefined],
    ['a weak guess the model overrules', ['says:Organization'], 'Person', 'enc', 'Organization'],
    ['a weak guess the model finds no entity', ['says:none'], 'Place', 'enc', undefined],
    ['a weak guess the model agrees with', ['says:Person'], 'Person', 'enc', 'Person'],
    ['a weak guess where the typer is off', ['says:none'], 'Place', 'news', 'Place'],
  ] as const)('%s', (_, features, current, style, expected) => {
    expect(learnedType(model, features, current, style)).toBe(expected);
  });
});

interface Tallyish { tp: number; fp: number; fn: number; f1: number }
interface EntityCv {
  labelUntypedName(texts: string[], gold: unknown, normalize: (s: string) => string, lib: unknown, found?: (g: unknown) => number, typed?: boolean): number;
  entitySimulator(prepared: unknown[], heldOut: Map<string, Array<{ label: number; probability: number }>>, sets: string[], T: unknown, lib: unknown): (t: Record<string, number>) => Record<string, Tallyish>;
  chooseEntityThresholds(simulate: unknown, sets: string[], styles: string[], lib: unknown): { thresholds: Record<string, number> };
}
interface TrainScript {
  assignFolds(docs: Array<{ id: string; set: string }>, folds: number, seed: number, lib: unknown): Map<string, number>;
  Tally: new () => Tallyish;
}
const script = async <T>(name: string): Promise<T> => (await import(new URL(`../../../scripts/${name}`, import.meta.url).href)) as T;

describe('cross-validation pieces (scripts/train-entities.mjs, train.mjs)', () => {
  const lib = {
    labelOfType: (t: string) => ({ Person: 1, Organization: 2, Place: 3 })[t],
    thresholdKey: (d: string, s: string) => `${d}:${s}`,
    seededRandom: (seed: number) => { let a = seed; return () => ((a = (a * 16807) % 2147483647) / 2147483647); },
    shuffled: <T>(xs: T[], r: () => number) => [...xs].sort(() => r() - 0.5),
  };
  const normalize = (s: string) => s.toLowerCase().replace(/^the /, '');
  const gold = {
    scoredTypes: ['Person', 'Organization', 'Place', 'Group'],
    entities: [
      { name: 'Harcombe', type: 'Place' },
      { name: 'Drumlin Records', type: 'Organization', aliases: ['Drumlin'] },
      { name: 'The Strikers', type: 'Group' },
      { name: 'Vell Prize', type: 'MISC' },
      { name: 'Maybe Town', type: 'Place', optional: true },
    ],
  };

  it.each([
    [['Harcombe'], 3],
    [['Drumlin'], 2],
    [['the Strikers'], 0], // a Group: the typer gives none, so typing it would be a false positive
    [['Vell Prize'], -1], // a type gold does not score: no example
    [['Maybe Town'], -1], // optional: no example
    [['Quorvex'], 0],
  ])('labels %j as %i', async (texts, label) => {
    const cv = await script<EntityCv>('train-entities.mjs');
    expect(cv.labelUntypedName(texts, gold, normalize, lib)).toBe(label);
  });

  it('labels a name whose gold entity is already found as none (it would be a duplicate)', async () => {
    const cv = await script<EntityCv>('train-entities.mjs');
    expect(cv.labelUntypedName(['Harcombe'], gold, normalize, lib, () => 1)).toBe(0);
  });

  it('deals each set round-robin into folds, the same for a seed', async () => {
    const { assignFolds } = await script<TrainScript>('train.mjs');
    const docs = [...Array.from({ length: 10 }, (_, i) => ({ id: `w${i}`, set: 'dev-wiki' })), ...Array.from({ length: 5 }, (_, i) => ({ id: `n${i}`, set: 'dev' }))];
    const folds = assignFolds(docs, 5, 9, lib);
    expect(assignFolds(docs, 5, 9, lib)).toEqual(folds);
    for (const set of ['dev', 'dev-wiki']) {
      const counts = [0, 0, 0, 0, 0];
      for (const d of docs.filter((x) => x.set === set)) counts[folds.get(d.id)!]!++;
      expect(Math.max(...counts) - Math.min(...counts)).toBe(0);
    }
  });

  it('moves the tally by what the typer changes, and picks a threshold only where it gains on held-out names', async () => {
    const cv = await script<EntityCv>('train-entities.mjs');
    const { Tally } = await script<TrainScript>('train.mjs');
    const rulesOnly = { tp: 5, fp: 1, fn: 4 };
    const prepared = [
      { id: 'a', set: 'dev-wiki', rulesOnly, examples: [
        { label: 3, current: 0, decision: 'untyped', style: 'enc' }, // right at 0.8
        { label: 0, current: 0, decision: 'untyped', style: 'enc' }, // wrong at 0.5
      ] },
      { id: 'b', set: 'dev', rulesOnly, examples: [{ label: 0, current: 0, decision: 'untyped', style: 'news' }] },
    ];
    const heldOut = new Map([
      ['a', [{ label: 3, probability: 0.8 }, { label: 1, probability: 0.5 }]],
      ['b', [{ label: 2, probability: 0.9 }]],
    ]);
    const simulate = cv.entitySimulator(prepared, heldOut, ['dev', 'dev-wiki'], Tally, lib);
    const t = simulate({ 'untyped:enc': 0.4 });
    expect([t['dev-wiki']!.tp, t['dev-wiki']!.fp, t['dev-wiki']!.fn]).toEqual([6, 2, 3]);
    expect(simulate({ 'untyped:enc': 0.7 })['dev-wiki']!.fp).toBe(1);
    const { thresholds } = cv.chooseEntityThresholds(simulate, ['dev', 'dev-wiki'], ['enc', 'news'], lib);
    expect(thresholds['untyped:enc']).toBeGreaterThan(0.5); // the right name in, the wrong one out
    expect(thresholds['untyped:enc']).toBeLessThanOrEqual(0.8);
    expect(thresholds['untyped:news']).toBe(1); // only a false positive there: off
  });
});
