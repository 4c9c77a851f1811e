import { describe, expect, it } from 'vitest';
import { csvEdgesWriter, csvField, csvNodesWriter, EDGE_COLUMNS, NODE_COLUMNS } from '../../src/export/csv.js';
import { gexfWriter, TYPE_COLOURS } from '../../src/export/gexf.js';
import { graphmlWriter } from '../../src/export/graphml.js';
import { jsonWriter } from '../../src/export/json.js';
import type { ExportNode } from '../../src/model/export-rows.js';
import { escapeXml } from '../../src/export/xml.js';
import { FORBIDDEN_NAME, FORBIDDEN_NAME_CLEANED, TRICKY_EDGES, TRICKY_NODES } from './fixtures.js';
import { csvObjects, edgeFromCsv, nodeFromCsv, parseCsv, parseXml, render, xmlForbidden } from './helpers.js';

const withForbidden: ExportNode = { ...TRICKY_NODES[0]!, id: 'person:bad name', label: FORBIDDEN_NAME, aliases: [`alias ${FORBIDDEN_NAME}`] };

describe('escapeXml', () => {
  it('escapes markup and both quote kinds, keeps accents and emoji as they are', () => {
    expect(escapeXml(`Zoë & "Ana" <O'Hara> 🌆`)).toBe('Zoë &amp; &quot;Ana&quot; &lt;O&apos;Hara&gt; 🌆');
  });

  it('writes tab, LF and CR as character references, so attribute values keep them', () => {
    expect(escapeXml('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d');
  });

  it('drops characters XML 1.0 cannot carry, even escaped', () => {
    expect(escapeXml(FORBIDDEN_NAME)).toBe(FORBIDDEN_NAME_CLEANED);
  });
});

describe('GraphML', () => {
  const xml = render(graphmlWriter(), [...TRICKY_NODES, withForbidden], TRICKY_EDGES);
  const doc = parseXml(xml);
  const graph = doc.graphml.graph;
  const keys: Array<Record<string, string>> = doc.graphml.key;
  const nodes: Array<Record<string, any>> = graph.node;
  const edges: Array<Record<string, any>> = graph.edge;
  const dataOf = (el: Record<string, any>) => Object.fromEntries((el.data ?? []).map((d: Record<string, string>) => [d['@key'], d['#text']]));
  const keyFor = (element: string, name: string) => keys.find((k) => k['@for'] === element && k['@attr.name'] === name);

  it('is well-formed XML 1.0 in the GraphML namespace, with a directed graph', () => {
    expect(xmlForbidden(xml)).toBeNull();
    expect(doc.graphml['@xmlns']).toBe('http://graphml.graphdrawing.org/xmlns');
    expect(graph['@edgedefault']).toBe('directed');
  });

  it('declares every attribute once, with its type', () => {
    expect(keyFor('node', 'label')?.['@attr.type']).toBe('string');
    expect(keyFor('node', 'mentionCount')?.['@attr.type']).toBe('int');
    expect(keyFor('node', 'kind')?.['@attr.type']).toBe('string');
    expect(keyFor('edge', 'weight')?.['@attr.type']).toBe('double');
    expect(keyFor('edge', 'confidence')?.['@attr.type']).toBe('double');
    expect(keyFor('edge', 'sourceCount')?.['@attr.type']).toBe('int');
    expect(new Set(keys.map((k) => k['@id'])).size).toBe(keys.length);
  });

  it('writes every node and edge', () => {
    expect(nodes).toHaveLength(TRICKY_NODES.length + 1);
    expect(edges).toHaveLength(TRICKY_EDGES.length);
  });

  it('gives back the exact names, ids and lists after parsing', () => {
    for (const [i, n] of TRICKY_NODES.entries()) {
      expect(nodes[i]!['@id']).toBe(n.id);
      const data = dataOf(nodes[i]!);
      expect(data[keyFor('node', 'label')!['@id']!]).toBe(n.label);
      expect(data[keyFor('node', 'type')!['@id']!]).toBe(n.type);
      expect(data[keyFor('node', 'aliases')!['@id']!]).toBe(n.aliases.length ? n.aliases.join('|') : undefined);
    }
    expect(edges[0]!['@source']).toBe(TRICKY_EDGES[0]!.source);
    expect(edges[0]!['@target']).toBe(TRICKY_EDGES[0]!.target);
    expect(dataOf(edges[0]!)[keyFor('edge', 'docIds')!['@id']!]).toBe('doc-1|doc,2');
  });

  it('strips forbidden characters from names', () => {
    const data = dataOf(nodes[TRICKY_NODES.length]!);
    expect(data[keyFor('node', 'label')!['@id']!]).toBe(FORBIDDEN_NAME_CLEANED);
  });

  it('leaves absent values out, and says which relations are symmetric in a `directed` attribute, every edge staying directed', () => {
    const event = dataOf(nodes[4]!);
    expect(event[keyFor('node', 'mentionCount')!['@id']!]).toBeUndefined();
    expect(event[keyFor('node', 'date')!['@id']!]).toBe('2024-05');
    expect(edges.map((e) => e['@directed'])).toEqual([undefined, undefined, undefined, undefined]);
    expect(keyFor('edge', 'directed')?.['@attr.type']).toBe('boolean');
    expect(dataOf(edges[0]!)[keyFor('edge', 'directed')!['@id']!]).toBe('true');
    expect(dataOf(edges[1]!)[keyFor('edge', 'directed')!['@id']!]).toBe('false');
    expect(dataOf(edges[0]!)[keyFor('edge', 'weight')!['@id']!]).toBe('2');
  });
});

describe('GEXF 1.3', () => {
  const xml = render(gexfWriter({ date: '2026-12-01' }), [...TRICKY_NODES, withForbidden], TRICKY_EDGES);
  const doc = parseXml(xml);
  const graph = doc.gexf.graph;
  const nodes: Array<Record<string, any>> = graph.nodes.node;
  const edges: Array<Record<string, any>> = graph.edges.edge;
  const attributes = (cls: string): Array<Record<string, string>> => graph.attributes.find((a: Record<string, any>) => a['@class'] === cls).attribute;
  const values = (el: Record<string, any>) =>
    Object.fromEntries((el.attvalues?.attvalue ?? []).map((v: Record<string, string>) => [v['@for'], v['@value']]));

  it('is well-formed XML 1.0, GEXF 1.3, a static directed graph', () => {
    expect(xmlForbidden(xml)).toBeNull();
    expect(doc.gexf['@version']).toBe('1.3');
    expect(doc.gexf['@xmlns']).toBe('http://gexf.net/1.3');
    expect(graph['@defaultedgetype']).toBe('directed');
    expect(graph['@mode']).toBe('static');
    expect(doc.gexf.meta['@lastmodifieddate']).toBe('2026-12-01');
  });

  it('declares node and edge attributes with GEXF types', () => {
    const node = Object.fromEntries(attributes('node').map((a) => [a['@id'], a['@type']]));
    expect(node).toMatchObject({ kind: 'string', type: 'string', aliases: 'string', mentionCount: 'integer', date: 'string' });
    const edge = Object.fromEntries(attributes('edge').map((a) => [a['@id'], a['@type']]));
    expect(edge).toMatchObject({ relation: 'string', role: 'string', confidence: 'double', docIds: 'string' });
  });

  it('writes every node and edge, with labels and attribute values intact', () => {
    expect(nodes).toHaveLength(TRICKY_NODES.length + 1);
    expect(edges).toHaveLength(TRICKY_EDGES.length);
    for (const [i, n] of TRICKY_NODES.entries()) {
      expect(nodes[i]!['@id']).toBe(n.id);
      expect(nodes[i]!['@label']).toBe(n.label);
      expect(values(nodes[i]!)).toMatchObject({ kind: n.kind, type: n.type });
    }
    expect(values(nodes[2]!).aliases).toBe('"Los mineros"|the miners\r\nof Atacama');
    expect(nodes[TRICKY_NODES.length]!['@label']).toBe(FORBIDDEN_NAME_CLEANED);
  });

  it('gives edges ids, weights, labels, all directed, symmetric relations marked by their `directed` attribute', () => {
    expect(edges.map((e) => e['@id'])).toEqual(['e0', 'e1', 'e2', 'e3']);
    expect(edges[0]).toMatchObject({ '@source': "person:zoe o'brien", '@target': 'organization:smith & sons <holdings>', '@weight': '2', '@label': 'LEADS' });
    expect(edges.map((e) => e['@type'])).toEqual([undefined, undefined, undefined, undefined]);
    expect(values(edges[0]!).directed).toBe('true');
    expect(values(edges[1]!).directed).toBe('false');
    expect(values(edges[2]!)).toMatchObject({ relation: 'PARTICIPATED_IN', role: 'agent' });
  });

  it('colours nodes by type, events all alike', () => {
    const [r, g, b] = TYPE_COLOURS.Person!;
    expect(nodes[0]!['viz:color']).toMatchObject({ '@r': String(r), '@g': String(g), '@b': String(b) });
    expect(nodes[4]!['viz:color']['@r']).toBe(String(TYPE_COLOURS.Event![0]));
  });

  it('is still valid with no edges at all', () => {
    const empty = parseXml(render(gexfWriter(), [TRICKY_NODES[0]!], []));
    expect(empty.gexf.graph.nodes.node).toHaveLength(1);
    expect(empty.gexf.graph.edges.edge).toBeUndefined();
  });
});

describe('CSV', () => {
  const nodesCsv = render(csvNodesWriter(), TRICKY_NODES, TRICKY_EDGES);
  const edgesCsv = render(csvEdgesWriter(), TRICKY_NODES, TRICKY_EDGES);

  it('quotes a field only when RFC 4180 requires it, doubling inner quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
  });

  it('starts each file with its header, and ends records with CRLF', () => {
    expect(parseCsv(nodesCsv)[0]).toEqual([...NODE_COLUMNS]);
    expect(parseCsv(edgesCsv)[0]).toEqual([...EDGE_COLUMNS]);
    expect(nodesCsv.startsWith('id,label,kind,type,')).toBe(true);
    expect(nodesCsv.endsWith('\r\n')).toBe(true);
  });

  it('round-trips nodes, names with commas, quotes and line breaks included', () => {
    const { rows } = csvObjects(nodesCsv);
    expect(rows.map(nodeFromCsv)).toEqual(TRICKY_NODES);
  });

  it('round-trips edges, lists and absent values included', () => {
    const { rows } = csvObjects(edgesCsv);
    expect(rows.map(edgeFromCsv)).toEqual(TRICKY_EDGES);
  });

  it('keeps nodes and edges in their own files', () => {
    expect(parseCsv(nodesCsv)).toHaveLength(1 + TRICKY_NODES.length);
    expect(parseCsv(edgesCsv)).toHaveLength(1 + TRICKY_EDGES.length);
  });
});

describe('JSON', () => {
  it('is one object with the nodes and edges as written', () => {
    const text = render(jsonWriter(), TRICKY_NODES, TRICKY_EDGES);
    expect(JSON.parse(text)).toEqual({ nodes: TRICKY_NODES, edges: TRICKY_EDGES });
    // One item per line, so a large file can also be read line by line.
    expect(text.split('\n').filter((l) => l.startsWith('{"id"'))).toHaveLength(TRICKY_NODES.length + TRICKY_EDGES.length);
  });

  it('is valid for an empty graph and a graph without edges', () => {
    expect(JSON.parse(render(jsonWriter(), [], []))).toEqual({ nodes: [], edges: [] });
    expect(JSON.parse(render(jsonWriter(), [TRICKY_NODES[0]!], []))).toEqual({ nodes: [TRICKY_NODES[0]], edges: [] });
  });
});

describe('writer order', () => {
  it.each([
    ['graphml', graphmlWriter],
    ['gexf', gexfWriter],
    ['json', jsonWriter],
    ['csv', csvNodesWriter],
  ] as const)('%s refuses a node after an edge, and anything before start', (_, make) => {
    const w = make();
    expect(() => w.node(TRICKY_NODES[0]!)).toThrow(/before|after nothing/);
    w.start();
    w.edge(TRICKY_EDGES[0]!);
    expect(() => w.node(TRICKY_NODES[0]!)).toThrow(/after edges/);
  });
});
