import { describe, expect, it } from 'vitest';
import { boundEdges, type EdgePack, type EdgeRecord, edgesOf } from '../../src/graph/queries/neighborhood.js';

const edge = (source: string, target: string, weight: number, type = 'SUPPORTS'): EdgeRecord => ({ id: `${source}|${type}||${target}`, source, target, type, role: null, weight });

// A center c, a first ring a1..a4 and a second ring b1, b2.
const nodes = [
  { id: 'c', depth: 0 },
  { id: 'a1', depth: 1 },
  { id: 'a2', depth: 1 },
  { id: 'a3', depth: 1 },
  { id: 'a4', depth: 1 },
  { id: 'b1', depth: 2 },
  { id: 'b2', depth: 2 },
];

describe('boundEdges', () => {
  const edges = [
    edge('c', 'a1', 1),
    edge('a2', 'c', 1),
    edge('c', 'a3', 2),
    edge('a4', 'c', 1),
    edge('a1', 'b1', 1),
    edge('b1', 'a2', 3),
    edge('a3', 'b2', 1),
    edge('a1', 'a2', 9),
    edge('a3', 'a4', 8),
    edge('b1', 'b2', 7),
  ];

  it('keeps every edge when they fit', () => {
    expect(boundEdges(nodes, edges, edges.length)).toEqual({ edges, truncated: false });
  });

  it.each([
    // Six nodes besides the center: six ties, however low the bound.
    [3, ['c|SUPPORTS||a1', 'a2|SUPPORTS||c', 'c|SUPPORTS||a3', 'a4|SUPPORTS||c', 'b1|SUPPORTS||a2', 'a3|SUPPORTS||b2']],
    // Then the heaviest others, heaviest first.
    [7, ['c|SUPPORTS||a1', 'a2|SUPPORTS||c', 'c|SUPPORTS||a3', 'a4|SUPPORTS||c', 'b1|SUPPORTS||a2', 'a3|SUPPORTS||b2', 'a1|SUPPORTS||a2']],
    [8, ['c|SUPPORTS||a1', 'a2|SUPPORTS||c', 'c|SUPPORTS||a3', 'a4|SUPPORTS||c', 'b1|SUPPORTS||a2', 'a3|SUPPORTS||b2', 'a1|SUPPORTS||a2', 'a3|SUPPORTS||a4']],
  ])('at most %i: each node tied toward the center by its heaviest such edge, then the heaviest others', (max, kept) => {
    const bounded = boundEdges(nodes, edges, max);
    expect(bounded.truncated).toBe(true);
    expect(bounded.edges.map((e) => e.id).sort()).toEqual([...kept].sort());
    // In the order they came.
    expect(bounded.edges).toEqual(edges.filter((e) => kept.includes(e.id)));
  });

  it('ties on weight go by id, so the cut is the same every time', () => {
    const flat = [edge('c', 'a1', 1), edge('c', 'a2', 1), edge('a1', 'a2', 5), edge('a2', 'a1', 5, 'OPPOSES')];
    const two = [{ id: 'c', depth: 0 }, { id: 'a1', depth: 1 }, { id: 'a2', depth: 1 }];
    expect(boundEdges(two, flat, 3).edges.map((e) => e.id)).toEqual(['c|SUPPORTS||a1', 'c|SUPPORTS||a2', 'a1|SUPPORTS||a2']);
  });
});

const US = '\u001f';
const packed = (...fields: string[]) => fields.join(US);

describe('edgesOf', () => {
  it('names the ends by id, makes the edge ids and sorts by them', () => {
    const pack: EdgePack = {
      keys: [['4:x:1', 'person:b'], ['4:x:2', 'org:a'], ['4:x:3', 'event:e']],
      edges: [packed('4:x:1', 'WORKS_FOR', '4:x:2', '', '3'), packed('4:x:2', 'PARTICIPATED_IN', '4:x:3', 'agent', '2')],
    };
    expect(edgesOf(pack)).toEqual([
      { id: 'org:a|PARTICIPATED_IN|agent|event:e', source: 'org:a', target: 'event:e', type: 'PARTICIPATED_IN', role: 'agent', weight: 2 },
      { id: 'person:b|WORKS_FOR||org:a', source: 'person:b', target: 'org:a', type: 'WORKS_FOR', role: null, weight: 3 },
    ]);
  });

  it('is empty without a pack, and refuses an edge whose end it cannot name', () => {
    expect(edgesOf(null)).toEqual([]);
    expect(() => edgesOf({ keys: [['4:x:1', 'a']], edges: [packed('4:x:1', 'SUPPORTS', '4:x:9', '', '1')] })).toThrow(/4:x:9/);
  });

  it('reads ends named by id (relations from ties), ids with spaces included', () => {
    const pack: EdgePack = {
      keys: [['group:copper miners@lota', 'group:copper miners@lota'], ['org:union', 'org:union']],
      edges: [packed('group:copper miners@lota', 'MEMBER_OF', 'org:union', '', '7')],
    };
    expect(edgesOf(pack)).toEqual([
      { id: 'group:copper miners@lota|MEMBER_OF||org:union', source: 'group:copper miners@lota', target: 'org:union', type: 'MEMBER_OF', role: null, weight: 7 },
    ]);
  });
});
