import { describe, expect, it } from 'vitest';
import type { ExtractedEntity, ExtractedRelation } from '../../src/model/extraction.js';
import { documentContext } from '../../src/extract/context.js';
import { findEntities } from '../../src/extract/entities/index.js';
import { extract } from '../../src/extract/index.js';
import { nlp } from '../../src/extract/nlp.js';
import {
  DEFAULT_MODEL_FILE,
  LABELS,
  MODEL_FORMAT,
  RelationModelError,
  type RelationCandidate,
  type RelationModel,
  type TrainingExample,
  allowedLabels,
  combineWithRules,
  documentStyle,
  labelProbabilities,
  loadRelationModel,
  parseRelationModel,
  relationCandidates,
  scoreCandidates,
  seededRandom,
  serializeRelationModel,
  shuffled,
  thresholdFor,
  CLASSIFIER_OFF,
  trainRelationModel,
} from '../../src/extract/relations/learned/index.js';
import { sentenceViews } from '../../src/extract/clauses.js';
import { wordOf } from '../../src/extract/relations/learned/features.js';

const label = (name: string) => LABELS.indexOf(name as (typeof LABELS)[number]);

function candidatesOf(text: string) {
  const ctx = documentContext({ id: 't', text }, nlp(text));
  const entities = findEntities(ctx);
  return { ctx, entities, candidates: relationCandidates(ctx, entities) };
}

function pair(candidates: RelationCandidate[], subject: string, object: string): RelationCandidate {
  const c = candidates.find((x) => x.subject.name === subject && x.object.name === object);
  if (!c) throw new Error(`no candidate ${subject} -> ${object} among ${candidates.map((x) => `${x.subject.name}->${x.object.name}`).join(', ')}`);
  return c;
}

describe('candidate pairs and their features', () => {
  // Sentences written for these tests → (subject, object, a feature the pair must have).
  const cases: Array<[string, string, string, string]> = [
    ['Maria Olsen, the mayor of Bergen, opened the bridge.', 'Maria Olsen', 'Bergen', '>cb:title:LEADS'],
    ['Maria Olsen, the mayor of Bergen, opened the bridge.', 'Maria Olsen', 'Bergen', '>p:comma'],
    ['Maria Olsen, the mayor of Bergen, opened the bridge.', 'Maria Olsen', 'Bergen', '>bp:the_mayor_of'],
    ['Maria Olsen, the leader of the Green Party, spoke first.', 'Maria Olsen', 'Green Party', '>cb:title:LEADS'],
    ['Maria Olsen, the leader of the Green Party, spoke first.', 'Green Party', 'Maria Olsen', '<cb:title:LEADS'],
    ['The factory lies in Dortmund, Germany.', 'Dortmund', 'Germany', 'gaz:within'],
    ['The factory lies in Dortmund, Germany.', 'Dortmund', 'Germany', 'o:country'],
    ['The factory lies in Dortmund, Germany.', 'Germany', 'Dortmund', 'gaz:contains'],
    // "She" opens a sentence that does not name the subject of the article: it stands for her.
    ['Anna Lindqvist (born 1961) is a Swedish painter. She is the daughter of Erik Lindqvist.', 'Anna Lindqvist', 'Erik Lindqvist', '>cb:kin'],
    ['Anna Lindqvist (born 1961) is a Swedish painter. She is the daughter of Erik Lindqvist.', 'Anna Lindqvist', 'Erik Lindqvist', 'topic>pronounSentence'],
  ];
  it.each(cases)('%s: %s -> %s has %s', (text, s, o, feature) => {
    expect(pair(candidatesOf(text).candidates, s, o).features).toContain(feature);
  });

  it('offers each ordered pair once, with the labels its types allow', () => {
    const { candidates } = candidatesOf('The factory lies in Dortmund, Germany. Dortmund is an old city in Germany.');
    const keys = candidates.map((c) => `${c.subject.id}>${c.object.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(pair(candidates, 'Dortmund', 'Germany').allowed).toEqual([label('NONE'), label('LOCATED_IN')]);
  });

  it('reads names and numbers by their shape, titles by their word', () => {
    const tok = (text: string, tags: string[]) => ({ text, normal: text.toLowerCase(), tags: new Set(tags), start: 0, end: text.length, pre: '', post: '' });
    expect(wordOf(tok('Madrid', ['ProperNoun']), false)).toBe('<pn>');
    expect(wordOf(tok('1961', ['Value']), false)).toBe('<num>');
    expect(wordOf(tok('President', ['ProperNoun', 'Honorific']), false)).toBe('president');
    expect(wordOf(tok('The', ['Determiner']), true)).toBe('the');
  });

  it.each([
    ['Kalmar Steel is a Swedish steel maker founded in 1921.', 'enc'],
    ['OSLO 1996-08-28\nKalmar Steel is cutting 300 jobs, the company said.', 'news'],
    ['Kalmar Steel said on Monday it would cut 300 jobs.', 'news'],
  ])('document style of %j is %s', (text, style) => {
    const ctx = documentContext({ id: 't', text }, nlp(text));
    expect(documentStyle(sentenceViews(ctx, findEntities(ctx)))).toBe(style);
  });
});

describe('allowed labels follow the ontology', () => {
  it.each([
    ['Place', 'Place', ['NONE', 'LOCATED_IN']],
    ['Person', 'Person', ['NONE', 'SUPPORTS', 'OPPOSES', 'RELATIVE_OF']],
    ['Person', 'Organization', ['NONE', 'MEMBER_OF', 'LEADS', 'WORKS_FOR', 'CANDIDATE_OF', 'SUPPORTS', 'OPPOSES']],
    ['Organization', 'Organization', ['NONE', 'PART_OF', 'SUPPORTS', 'OPPOSES']],
    ['Place', 'Person', ['NONE']],
  ] as const)('%s > %s', (s, o, expected) => {
    expect(allowedLabels(s, o).map((l) => LABELS[l])).toEqual(expected);
  });
});

describe('trainer', () => {
  // A toy problem: feature "x" means MEMBER_OF, "z" means PART_OF, "y" means no relation; "noise" everywhere.
  const toy: TrainingExample[] = Array.from({ length: 60 }, (_, i) => {
    const kind = i % 3;
    return {
      doc: `d${i % 7}`,
      features: [['x', 'y', 'z'][kind]!, 'noise'],
      allowed: [label('NONE'), label('MEMBER_OF'), label('PART_OF')],
      gold: kind === 0 ? [label('MEMBER_OF')] : kind === 2 ? [label('PART_OF')] : [],
    };
  });
  const options = { epochs: 30, learningRate: 0.5, minDocuments: 1, prune: 0 };

  it('learns a separable problem', () => {
    const model = trainRelationModel(toy, options);
    const allowed = [label('NONE'), label('MEMBER_OF'), label('PART_OF')];
    const best = (f: string) => {
      const p = labelProbabilities(model, [f, 'noise'], allowed);
      return { label: LABELS[allowed[p.indexOf(Math.max(...p))]!], p: Math.max(...p) };
    };
    expect(best('x')).toMatchObject({ label: 'MEMBER_OF' });
    expect(best('y')).toMatchObject({ label: 'NONE' });
    expect(best('z')).toMatchObject({ label: 'PART_OF' });
    for (const f of ['x', 'y', 'z']) expect(best(f).p).toBeGreaterThan(0.9);
  });

  it('never pushes down a label an example does not offer', () => {
    // The "z" examples are PART_OF, but no example offers PART_OF: its weights must stay untouched.
    const model = trainRelationModel(toy.map((e) => ({ ...e, allowed: [label('NONE'), label('MEMBER_OF')] })), options);
    expect(model.weights.size).toBeGreaterThan(0);
    for (const row of model.weights.values()) expect(row[label('PART_OF')]).toBe(0);
  });

  it('drops features seen in fewer documents than minDocuments', () => {
    const rare: TrainingExample = { doc: 'only-here', features: ['rare', 'x'], allowed: [0, label('MEMBER_OF')], gold: [label('MEMBER_OF')] };
    expect(trainRelationModel([...toy, rare], { ...options, minDocuments: 2 }).weights.has('rare')).toBe(false);
    expect(trainRelationModel([...toy, rare], { ...options, minDocuments: 1 }).weights.has('rare')).toBe(true);
  });

  it('learns each feature once shared and once per document style, and scores with their sum', () => {
    const model = trainRelationModel(toy.map((e) => ({ ...e, style: 'enc' })), options);
    expect(model.weights.has('x')).toBe(true);
    expect(model.weights.has('enc|x')).toBe(true);
    const allowed = [label('NONE'), label('MEMBER_OF'), label('PART_OF')];
    const plain = labelProbabilities(model, ['x'], allowed);
    const inStyle = labelProbabilities(model, ['x'], allowed, 'enc');
    expect(inStyle[1]!).toBeGreaterThan(plain[1]!);
  });

  it('is deterministic for a seed', () => {
    const a = JSON.stringify(serializeRelationModel(trainRelationModel(toy, { ...options, seed: 3 })));
    const b = JSON.stringify(serializeRelationModel(trainRelationModel(toy, { ...options, seed: 3 })));
    expect(a).toBe(b);
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect(shuffled(items, seededRandom(3))).toEqual(shuffled(items, seededRandom(3)));
    expect(shuffled(items, seededRandom(3))).not.toEqual(shuffled(items, seededRandom(4)));
  });
});

describe('model files', () => {
  const row = (entries: Record<string, number>) => LABELS.map((l) => entries[l] ?? 0);

  it('round-trips through JSON and refuses malformed files', () => {
    const model: RelationModel = { weights: new Map([['bias', Float64Array.from(row({ LOCATED_IN: 0.25 }))]]), threshold: 0.6, about: { note: 'test' } };
    const back = parseRelationModel(JSON.parse(JSON.stringify(serializeRelationModel(model))), 'memory');
    expect(back.threshold).toBe(0.6);
    expect([...back.weights.get('bias')!]).toEqual(row({ LOCATED_IN: 0.25 }));
    expect(() => parseRelationModel({ format: 'other' }, 'x.json')).toThrow(RelationModelError);
    expect(() => parseRelationModel({ format: MODEL_FORMAT, labels: ['NONE'], threshold: 0.5, weights: {} }, 'x.json')).toThrow(/labels/);
    expect(() => parseRelationModel({ format: MODEL_FORMAT, labels: [...LABELS], threshold: 2, weights: {} }, 'x.json')).toThrow(/threshold/);
    expect(() => parseRelationModel({ format: MODEL_FORMAT, labels: [...LABELS], threshold: 0.5, thresholds: { enc: 'high' }, weights: {} }, 'x.json')).toThrow(/thresholds/);
    expect(() => loadRelationModel('/nonexistent/model.json')).toThrow(/cannot read/);
  });

  it('the committed model loads and reads a place in its region', () => {
    const model = loadRelationModel(DEFAULT_MODEL_FILE);
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
    const { candidates } = candidatesOf('Brookfield is a village in Waukesha County, Wisconsin, United States. It lies west of the lake.');
    const scored = scoreCandidates(model, candidates);
    const of = (s: string, o: string) => scored.find((x) => x.candidate.subject.name === s && x.candidate.object.name === o)!;
    // the village is found as a place by its definition ("X is a village in ..."): its county is the pair to read
    expect(of('Brookfield', 'Waukesha County').predicate).toBe('LOCATED_IN');
    expect(of('Brookfield', 'Waukesha County').probability).toBeGreaterThan(0.5);
    expect(of('Waukesha County', 'Brookfield').probability).toBeLessThan(of('Brookfield', 'Waukesha County').probability);
  });
});

describe('combining with the rules', () => {
  const entity = (id: string, name: string, type: ExtractedEntity['type']): ExtractedEntity => ({ id, name, type, aliases: [], mentions: [{ start: 0, end: name.length, text: name }] });
  const a = entity('e1', 'Ann Moe', 'Person');
  const b = entity('e2', 'Bo Moe', 'Person');
  const c = entity('e3', 'Lund', 'Place');
  const d = entity('e4', 'Sweden', 'Place');
  const cand = (subject: ExtractedEntity, object: ExtractedEntity): RelationCandidate => ({ subject, object, features: [], allowed: allowedLabels(subject.type, object.type), evidence: { start: 0, end: 10 }, style: 'news' });
  const scored = [
    { candidate: cand(b, a), predicate: 'RELATIVE_OF' as const, probability: 0.9 },
    { candidate: cand(c, d), predicate: 'LOCATED_IN' as const, probability: 0.8 },
    { candidate: cand(d, c), predicate: 'LOCATED_IN' as const, probability: 0.6 },
  ];

  it('adds the likelier direction above the threshold, symmetric predicates in id order', () => {
    const out = combineWithRules(scored, [], 0.7);
    expect(out.map((r) => [r.subject, r.predicate, r.object, r.confidence])).toEqual([
      ['e1', 'RELATIVE_OF', 'e2', 0.9],
      ['e3', 'LOCATED_IN', 'e4', 0.8],
    ]);
    expect(combineWithRules(scored, [], 0.95)).toEqual([]);
  });

  it('applies a threshold per document style', () => {
    const enc = scored.map((x) => ({ ...x, candidate: { ...x.candidate, style: 'enc' as const } }));
    const byStyle = (style: string) => (style === 'enc' ? 0.5 : 0.95);
    expect(combineWithRules(scored, [], byStyle)).toEqual([]);
    expect(combineWithRules(enc, [], byStyle).map((r) => r.predicate)).toEqual(['RELATIVE_OF', 'LOCATED_IN']);
    const model: RelationModel = { weights: new Map(), threshold: 0.7, thresholds: { enc: 0.4 }, about: {} };
    expect([thresholdFor(model, 'enc'), thresholdFor(model, 'news'), thresholdFor(model, undefined)]).toEqual([0.4, 0.7, 0.7]);
  });

  it('a threshold of CLASSIFIER_OFF adds nothing, even at probability 1', () => {
    const sure = scored.map((x) => ({ ...x, probability: 1 }));
    expect(combineWithRules(sure, [], CLASSIFIER_OFF)).toEqual([]);
    expect(combineWithRules(sure, [], 0.99)).toHaveLength(2);
  });

  it('extract() skips the classifier for a style where it is off', () => {
    const text = 'Anna Lindqvist met Erik Lindqvist in Oslo on Monday.';
    const weights = new Map([['t:Person>Person', Float64Array.from(LABELS.map((l) => (l === 'RELATIVE_OF' ? 6 : 0)))]]);
    const kin = (news: number): RelationModel => ({ weights, threshold: 0.5, thresholds: { enc: 0.5, news }, about: {} });
    const kinOf = (m: RelationModel) => extract({ id: 't', text }, { relationModel: m }).relations.filter((r) => r.predicate === 'RELATIVE_OF');
    expect(kinOf(kin(0.5))).toHaveLength(1);
    expect(kinOf(kin(CLASSIFIER_OFF))).toEqual([]);
  });

  it('lets the rules win on a pair they relate, in either direction', () => {
    const rule: ExtractedRelation = { subject: 'e4', predicate: 'LOCATED_IN', object: 'e3', confidence: 0.5, evidence: { start: 0, end: 5 } };
    expect(combineWithRules(scored, [rule], 0.5).map((r) => r.predicate)).toEqual(['RELATIVE_OF']);
  });

  it('extract() adds the classifier relations after the rules, and none with relationModel null', () => {
    const text = 'Anna Lindqvist met Erik Lindqvist in Oslo on Monday.';
    const kin: RelationModel = { weights: new Map([['t:Person>Person', Float64Array.from(LABELS.map((l) => (l === 'RELATIVE_OF' ? 6 : 0)))]]), threshold: 0.5, about: {} };
    const names = (x: ReturnType<typeof extract>) => x.relations.map((r) => [x.entities.find((e) => e.id === r.subject)!.name, r.predicate, x.entities.find((e) => e.id === r.object)!.name]);
    const withKin = names(extract({ id: 't', text }, { relationModel: kin }));
    expect(withKin).toContainEqual(['Anna Lindqvist', 'RELATIVE_OF', 'Erik Lindqvist']);
    expect(names(extract({ id: 't', text }, { relationModel: null })).filter(([, p]) => p === 'RELATIVE_OF')).toEqual([]);
  });
});
