// The explorer's pure modules (plain ES modules served to the browser) checked in Node.
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { fileStem, toGraphML, toJsonExport } from '../../web/explorer/graph-formats.js';
import { edgeLabel, nodeSize, NODE_KINDS } from '../../web/explorer/kinds.js';
import { pathsToGraph } from '../../web/explorer/paths-graph.js';
import { escapeHtml, findNames, formatDate, highlightEvidence } from '../../web/explorer/text.js';

describe('evidence highlighting', () => {
  const sentence = { text: 'The dockers of Gdynia backed Ana Lúcia Prado, and Prado thanked them.', start: 200, end: 269 };

  it('marks the names of the entities, longest name first and accents ignored', () => {
    const { html, marks } = highlightEvidence({ sentence }, ['Ana Lucia Prado', 'Prado', 'dockers']);
    expect(marks).toBe(3);
    expect(html).toBe(
      'The <mark class="mark-name">dockers</mark> of Gdynia backed <mark class="mark-name">Ana Lúcia Prado</mark>, and <mark class="mark-name">Prado</mark> thanked them.',
    );
  });

  it('marks only whole words', () => {
    expect(findNames('Pradoville is not Prado.', ['Prado'])).toEqual([{ start: 18, end: 23 }]);
  });

  it('marks the trigger from its document offsets, before the names', () => {
    const { html } = highlightEvidence({ sentence, triggerSpan: { start: 222, end: 228 } }, ['Prado']);
    expect(html).toContain('<mark class="mark-trigger">backed</mark>');
    expect(html).toContain('<mark class="mark-name">Prado</mark>');
  });

  it('falls back to the evidence span when no name is found, and never marks a span that is the whole sentence', () => {
    const narrow = highlightEvidence({ sentence, span: { start: 200, end: 221 } }, ['Nobody']);
    expect(narrow.html.startsWith('<mark class="mark-span">The dockers of Gdynia</mark>')).toBe(true);
    const whole = highlightEvidence({ sentence, span: { start: 200, end: 269 } }, []);
    expect(whole.marks).toBe(0);
    expect(whole.html).toBe(sentence.text);
  });

  it('escapes the sentence text around the marks', () => {
    const { html } = highlightEvidence({ sentence: { text: '<b>Prado</b> & co', start: 0, end: 17 } }, ['Prado']);
    expect(html).toBe('&lt;b&gt;<mark class="mark-name">Prado</mark>&lt;/b&gt; &amp; co');
    expect(escapeHtml(`"it's"`)).toBe('&quot;it&#39;s&quot;');
  });
});

describe('dates', () => {
  it('shows a partial date at its own precision', () => {
    expect(formatDate('2013')).toBe('2013');
    expect(formatDate('2013-11')).toBe('Nov 2013');
    expect(formatDate('2013-11-07')).toBe('7 Nov 2013');
    expect(formatDate(null)).toBe('undated');
    expect(formatDate('someday')).toBe('someday');
  });
});

describe('drawing rules', () => {
  it('gives every node kind its own colour and shape', () => {
    const kinds = Object.values(NODE_KINDS);
    expect(new Set(kinds.map((k) => k.color)).size).toBe(kinds.length);
    expect(new Set(kinds.map((k) => k.shape)).size).toBe(kinds.length);
  });

  it('labels edges by predicate or role, and sizes nodes with a ceiling', () => {
    expect(edgeLabel({ type: 'MEMBER_OF' })).toBe('member of');
    expect(edgeLabel({ type: 'PARTICIPATED_IN', role: 'winner' })).toBe('winner');
    expect(nodeSize(0)).toBeLessThan(nodeSize(10));
    expect(nodeSize(10)).toBeLessThan(nodeSize(100));
    expect(nodeSize(1_000_000)).toBe(90);
  });
});

describe('exports of the drawn view', () => {
  const view = {
    nodes: [
      { id: 'person:ana prado', label: 'Ana Prado', kind: 'Person', weight: 4 },
      { id: 'organization:dockers & sons', label: 'Dockers & Sons <Ltd>', kind: 'Organization', weight: 2 },
      { id: 'ev:1', label: 'Strike', kind: 'Event', weight: 1 },
    ],
    edges: [
      { id: 'r1', source: 'person:ana prado', target: 'organization:dockers & sons', type: 'LEADS', weight: 2 },
      { id: 'p1', source: 'person:ana prado', target: 'ev:1', type: 'PARTICIPATED_IN', role: 'agent', weight: 1 },
    ],
  };

  it('writes GraphML that parses back to the same nodes and edges', () => {
    const xml = toGraphML(view, { title: 'Ana Prado neighborhood' });
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    const graph = doc.graphml.graph;
    expect(graph.edgedefault).toBe('directed');
    expect(graph.node.map((n: { id: string }) => n.id)).toEqual(view.nodes.map((n) => n.id));
    const label = graph.node[1].data.find((d: { key: string }) => d.key === 'label');
    expect(label['#text']).toBe('Dockers & Sons <Ltd>');
    expect(graph.edge).toHaveLength(2);
    expect(graph.edge[1].target).toBe('ev:1');
    expect(graph.edge[1].data.find((d: { key: string }) => d.key === 'role')['#text']).toBe('agent');
    const keys = doc.graphml.key.map((k: { id: string; for: string }) => `${k.for}:${k.id}`);
    expect(keys).toEqual(expect.arrayContaining(['node:label', 'node:kind', 'node:weight', 'edge:type', 'edge:role', 'edge:edgeWeight']));
  });

  it('writes JSON with what is drawn and nothing of the drawing library', () => {
    const json = JSON.parse(toJsonExport(view, { title: 't', exportedAt: '2014-01-01T00:00:00Z' }));
    expect(json.nodes).toHaveLength(3);
    expect(json.edges[0]).toEqual({ id: 'r1', source: 'person:ana prado', target: 'organization:dockers & sons', type: 'LEADS', weight: 2 });
    expect(json.edges[1].role).toBe('agent');
  });

  it('names files after the view', () => {
    expect(fileStem('Ana Lúcia Prado neighborhood')).toBe('ana-lucia-prado-neighborhood');
    expect(fileStem('***')).toBe('actorgraph');
  });
});

describe('connection paths as a drawing', () => {
  const ana = { id: 'person:ana', name: 'Ana', type: 'Person', mentionCount: 5 };
  const union = { id: 'organization:union', name: 'Union', type: 'Organization', mentionCount: 3 };
  const lee = { id: 'person:lee', name: 'Lee', type: 'Person', mentionCount: 2 };
  const strike = { id: 'event:strike', type: 'Strike', date: '2014-02', sourceCount: 2 };

  it('draws a relation as an edge from subject to object, and a shared event as an event node between the two', () => {
    const graph = pathsToGraph({
      paths: [
        {
          entities: [ana, union, lee],
          steps: [
            { kind: 'RELATION', predicate: 'LEADS', direction: 'OUT', sourceCount: 1, from: ana, to: union },
            { kind: 'SHARED_EVENT', event: strike, fromRoles: ['agent'], toRoles: ['participant'], sourceCount: 2, from: union, to: lee },
          ],
        },
        {
          entities: [ana, lee],
          steps: [{ kind: 'RELATION', predicate: 'SUPPORTS', direction: 'IN', sourceCount: 1, from: ana, to: lee }],
        },
      ],
    });
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(['event:strike', 'organization:union', 'person:ana', 'person:lee']);
    expect(graph.nodes.find((n) => n.id === 'event:strike')).toMatchObject({ kind: 'Event', label: 'Strike · Feb 2014' });
    const supports = graph.edges.find((e) => e.type === 'SUPPORTS');
    // IN: `to` is the subject.
    expect(supports).toMatchObject({ source: 'person:lee', target: 'person:ana', step: { path: 1, step: 0 } });
    const tookPart = graph.edges.filter((e) => e.type === 'PARTICIPATED_IN');
    expect(tookPart.map((e) => [e.source, e.target, e.role])).toEqual([
      ['organization:union', 'event:strike', 'agent'],
      ['person:lee', 'event:strike', 'participant'],
    ]);
  });

  it('draws a step shared by two paths once', () => {
    const step = { kind: 'RELATION', predicate: 'LEADS', direction: 'OUT', sourceCount: 1, from: ana, to: union };
    const graph = pathsToGraph({ paths: [{ steps: [step] }, { steps: [step] }] });
    expect(graph.edges).toHaveLength(1);
    expect(graph.nodes).toHaveLength(2);
  });
});
