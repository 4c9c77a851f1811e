import { describe, expect, it } from 'vitest';
import { affectedTriples, combineParticipations, combineRefs, planMergedActor, planUpdate, rewireClaims } from '../../src/graph/curation/plan.js';
import { type ActorSnapshot, CurationError } from '../../src/graph/curation/types.js';

function snapshot(over: Partial<ActorSnapshot> = {}): ActorSnapshot {
  return {
    id: 'person:ines sola',
    name: 'Inés Sola',
    type: 'Person',
    normName: 'ines sola',
    labels: ['Entity', 'Actor', 'Person'],
    createdAt: '2024-01-01T00:00:00Z',
    curated: false,
    curatedAliases: [],
    curatedKeys: [],
    removedAliases: [],
    removedKeys: [],
    lastCuration: null,
    aliases: ['Sola'],
    mentionCount: 3,
    documentCount: 2,
    ...over,
  };
}

describe('planUpdate', () => {
  it('a rename keeps the old name as a curated alias with its key, and pins the new name', () => {
    const next = planUpdate(snapshot(), { name: 'Inés María Sola' }, 'c1');
    expect(next).toMatchObject({ name: 'Inés María Sola', normName: 'ines maria sola', curated: true, lastCuration: 'c1' });
    expect(next.curatedAliases).toEqual(['Inés Sola']);
    expect(next.curatedKeys).toEqual(['Person|ines sola', 'Person|ines maria sola']);
  });

  it('a change of spelling only is not an alias', () => {
    const next = planUpdate(snapshot(), { name: 'Ines Sola' }, 'c1');
    expect(next.curatedAliases).toEqual([]);
  });

  it('a new type moves the type label and adds keys of that type for every shown name', () => {
    const next = planUpdate(snapshot(), { type: 'Group' }, 'c1');
    expect(next.labels).toEqual(['Entity', 'Actor', 'Group']);
    expect(next.curatedKeys).toEqual(['Group|ines sola', 'Group|sola']);
  });

  it('removing an alias blocks its name for every actor type and forgets it as curated', () => {
    const added = planUpdate(snapshot(), { addAliases: ['La Sola'] }, 'c1');
    expect(added.curatedKeys).toEqual(['Person|la sola']);
    const removed = planUpdate(added, { removeAliases: ['la sola', 'Sola'] }, 'c2');
    expect(removed.curatedAliases).toEqual([]);
    expect(removed.curatedKeys).toEqual([]);
    expect(removed.removedAliases).toEqual(['la sola', 'La Sola', 'Sola']);
    expect(removed.removedKeys).toEqual(['Person|la sola', 'Organization|la sola', 'Group|la sola', 'Person|sola', 'Organization|sola', 'Group|sola']);
    // Adding it again lifts the block.
    const again = planUpdate(removed, { addAliases: ['Sola'] }, 'c3');
    expect(again.removedKeys.some((k) => k.endsWith('|sola'))).toBe(false);
    expect(again.removedAliases).toEqual(['la sola', 'La Sola']);
  });

  it.each([
    [{}, /nothing to change/],
    [{ removeAliases: ['Ines Sola'] }, /is the name/],
    [{ removeAliases: ['Nadie'] }, /not an alias/],
    [{ addAliases: ['X'], removeAliases: ['x'] }, /both added and removed/],
    [{ addAliases: ['  !! '] }, /empty/],
  ])('refuses %j', (changes, message) => {
    expect(() => planUpdate(snapshot(), changes, 'c1')).toThrow(CurationError);
    expect(() => planUpdate(snapshot(), changes, 'c1')).toThrow(message);
  });
});

describe('planMergedActor', () => {
  it('curates the merged names under both types and carries their own decisions', () => {
    const into = snapshot();
    const from = snapshot({ id: 'group:sola movement', name: 'Sola Movement', type: 'Group', normName: 'sola movement', curatedKeys: ['Group|ism'], removedKeys: ['Group|x'] });
    const next = planMergedActor(into, [from], 'c1');
    expect(next.curatedAliases).toEqual(['Sola Movement']);
    expect(next.curatedKeys).toEqual(['Group|sola movement', 'Person|sola movement', 'Group|ism']);
    expect(next.removedKeys).toEqual(['Group|x']);
    expect(next).toMatchObject({ curated: true, lastCuration: 'c1', name: 'Inés Sola' });
  });
});

describe('moving edges', () => {
  it('joins references and participations per document and per (event, role)', () => {
    const refs = combineRefs(
      'a',
      [{ actorId: 'a', docId: 'd1', aliases: ['A'], keys: ['Person|a'], mentions: 2 }],
      [
        { actorId: 'b', docId: 'd1', aliases: ['B'], keys: ['Person|b'], mentions: 1 },
        { actorId: 'b', docId: 'd2', aliases: ['B'], keys: ['Person|b'], mentions: 4 },
      ],
    );
    expect(refs).toEqual([
      { actorId: 'a', docId: 'd1', aliases: ['A', 'B'], keys: ['Person|a', 'Person|b'], mentions: 3 },
      { actorId: 'a', docId: 'd2', aliases: ['B'], keys: ['Person|b'], mentions: 4 },
    ]);
    const parts = combineParticipations('a', [{ actorId: 'a', eventId: 'v', role: 'agent', docIds: ['d1'] }], [
      { actorId: 'b', eventId: 'v', role: 'agent', docIds: ['d1', 'd2'] },
      { actorId: 'b', eventId: 'v', role: 'target', docIds: ['d2'] },
    ]);
    expect(parts).toEqual([
      { actorId: 'a', eventId: 'v', role: 'agent', docIds: ['d1', 'd2'] },
      { actorId: 'a', eventId: 'v', role: 'target', docIds: ['d2'] },
    ]);
  });

  it('drops claims that become self-loops, and keeps symmetric ones in their stored direction', () => {
    const claim = (id: string, subject: string, predicate: string, object: string) => ({ id, docId: 'd', predicate, confidence: 0.8, start: 0, end: 1, subject, object, sentenceId: 'd#0' });
    const claims = [claim('c1', 'p:b', 'SUPPORTS', 'p:m'), claim('c2', 'o:x', 'SUPPORTS', 'p:b'), claim('c3', 'p:a', 'OPPOSES', 'p:b')];
    const { kept, dropped } = rewireClaims('p:m', ['p:b'], claims);
    expect(dropped.map((c) => c.id)).toEqual(['c1']);
    expect(kept).toEqual([
      { id: 'c2', subject: 'o:x', object: 'p:m' },
      { id: 'c3', subject: 'p:a', object: 'p:m' },
    ]);
    const swapped = rewireClaims('p:0', ['p:b'], [claim('c3', 'p:a', 'OPPOSES', 'p:b')]).kept;
    expect(swapped).toEqual([{ id: 'c3', subject: 'p:0', object: 'p:a' }]);
    expect(affectedTriples(claims, kept)).toEqual([
      { subject: 'p:b', predicate: 'SUPPORTS', object: 'p:m' },
      { subject: 'o:x', predicate: 'SUPPORTS', object: 'p:b' },
      { subject: 'p:a', predicate: 'OPPOSES', object: 'p:b' },
      { subject: 'o:x', predicate: 'SUPPORTS', object: 'p:m' },
      { subject: 'p:a', predicate: 'OPPOSES', object: 'p:m' },
    ]);
  });
});
