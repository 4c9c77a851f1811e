import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

/** Sentences written for these tests → (subject, predicate, object) by entity name. */
const cases: Array<[string, [string, string, string]]> = [
  ['Labour Party leader Tony Blair met French President Jacques Chirac in London on Wednesday.', ['Tony Blair', 'LEADS', 'Labour Party']],
  ['Jose Maria Aznar, leader of the Popular Party, said the plan was dead.', ['Jose Maria Aznar', 'LEADS', 'Popular Party']],
  ['Green Party candidate Ralph Nader backed the protesters.', ['Ralph Nader', 'CANDIDATE_OF', 'Green Party']],
  ['Green Party candidate Ralph Nader backed the protesters.', ['Ralph Nader', 'SUPPORTS', 'protesters']],
  ['Edith Varga and her husband Laszlo Varga attended.', ['Laszlo Varga', 'RELATIVE_OF', 'Edith Varga']],
  ['The rally in Marseille, France drew thousands.', ['Marseille', 'LOCATED_IN', 'France']],
];

const SYMMETRIC = new Set(['OPPOSES', 'RELATIVE_OF']);

describe('findRelations', () => {
  it.each(cases)('%s → %j', (text, [s, p, o]) => {
    const x = extract({ id: 't', text, publishedAt: '2004' });
    const name = (id: string) => x.entities.find((e) => e.id === id)?.name;
    const got = x.relations.map((r) => [name(r.subject), r.predicate, name(r.object)]);
    const ok = got.some(([gs, gp, go]) => gp === p && ((gs === s && go === o) || (SYMMETRIC.has(p) && gs === o && go === s)));
    expect(ok, JSON.stringify(got)).toBe(true);
  });

  it('respects the ontology types and gives evidence and confidence', () => {
    const x = extract({ id: 't', text: 'Labour Party leader Tony Blair spoke in London.', publishedAt: '2004' });
    for (const r of x.relations) {
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      expect(r.evidence.end).toBeGreaterThan(r.evidence.start);
      const subj = x.entities.find((e) => e.id === r.subject)!;
      if (r.predicate === 'LEADS') expect(subj.type).toBe('Person');
    }
  });

  it('reads no relation into a negated verb', () => {
    const x = extract({ id: 't', text: 'Ralph Nader is not backed by the Green Party.', publishedAt: '2004' });
    expect(x.relations.filter((r) => r.predicate === 'SUPPORTS')).toEqual([]);
  });
});
