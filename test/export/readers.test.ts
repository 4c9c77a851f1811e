// The exports as real tools read them: networkx (Python; GraphML and GEXF, when
// python3 has it) and graphology (JS; GraphML and GEXF). Each must read the file
// as written, with every node, every edge and their attributes.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, describe, expect, it } from 'vitest';
import { gexfWriter } from '../../src/export/gexf.js';
import { graphmlWriter } from '../../src/export/graphml.js';
import { FORBIDDEN_NAME_CLEANED, TRICKY_EDGES, TRICKY_NODES } from './fixtures.js';
import { render } from './helpers.js';
import type { ExportNode } from '../../src/model/export-rows.js';

const withForbidden: ExportNode = { ...TRICKY_NODES[0]!, id: 'person:bad name', label: 'Bad\u0000 \u0007Name\u000b\uD800\uFFFF end', aliases: [] };
const NODES = [...TRICKY_NODES, withForbidden];
const dir = mkdtempSync(join(tmpdir(), 'actorgraph-readers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const files = {
  graphml: join(dir, 'graph.graphml'),
  gexf: join(dir, 'graph.gexf'),
};
writeFileSync(files.graphml, render(graphmlWriter(), NODES, TRICKY_EDGES));
writeFileSync(files.gexf, render(gexfWriter({ date: '2026-12-01' }), NODES, TRICKY_EDGES));

const hasNetworkx = spawnSync('python3', ['-c', 'import networkx'], { stdio: 'ignore' }).status === 0;
if (!hasNetworkx) console.warn('networkx checks skipped: python3 -c "import networkx" fails');

/** What networkx makes of a file: counts, directedness, and the attributes of a few nodes and edges. */
function readWithNetworkx(format: 'graphml' | 'gexf', file: string) {
  const script = `
import json, sys, networkx as nx
g = nx.read_${format}(sys.argv[1])
edges = {d.get('id', k): {'source': u, 'target': v, **d} for u, v, k, d in g.edges(keys=True, data=True)} if g.is_multigraph() else {d.get('id'): {'source': u, 'target': v, **d} for u, v, d in g.edges(data=True)}
print(json.dumps({'directed': g.is_directed(), 'nodes': {n: d for n, d in g.nodes(data=True)}, 'edges': edges}, default=str))
`;
  return JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' })) as {
    directed: boolean;
    nodes: Record<string, Record<string, unknown>>;
    edges: Record<string, Record<string, unknown>>;
  };
}

describe.skipIf(!hasNetworkx)('networkx reads the exports as they are', () => {
  it.each(['graphml', 'gexf'] as const)('%s: a directed graph with every node, edge and attribute', (format) => {
    const g = readWithNetworkx(format, files[format]);
    expect(g.directed).toBe(true);
    expect(Object.keys(g.nodes).sort()).toEqual(NODES.map((n) => n.id).sort());
    expect(Object.keys(g.edges)).toHaveLength(TRICKY_EDGES.length);

    const zoe = g.nodes["person:zoe o'brien"]!;
    expect(zoe).toMatchObject({ label: 'Zoë O\'Brien "la Jefa"', kind: 'Actor', type: 'Person', mentionCount: 12, aliases: "O'Brien|Zoë, the mayor" });
    expect(g.nodes['place:são paulo']).toMatchObject({ label: 'São Paulo 🌆' });
    expect(g.nodes['group:miners of the north']).toMatchObject({ label: 'Miners of the\nnorth,\tunited' });
    expect(g.nodes['person:bad name']).toMatchObject({ label: FORBIDDEN_NAME_CLEANED });
    expect(g.nodes['event:doc-1:v1']).toMatchObject({ type: 'Strike', date: '2024-05', sourceCount: 2 });

    const leads = g.edges.e0!;
    expect(leads).toMatchObject({ source: "person:zoe o'brien", target: 'organization:smith & sons <holdings>', relation: 'LEADS', directed: true, weight: 2, confidence: 0.85 });
    expect(g.edges.e1).toMatchObject({ relation: 'OPPOSES', directed: false, docIds: 'doc "quoted"' });
    expect(g.edges.e2).toMatchObject({ relation: 'PARTICIPATED_IN', role: 'agent' });
  });
});

describe('graphology reads the exports as they are', () => {
  const readers = {
    graphml: (xml: string) => parseGraphml(MultiDirectedGraph, xml),
    gexf: (xml: string) => parseGexf(MultiDirectedGraph, xml),
  };
  it.each(['graphml', 'gexf'] as const)('%s: every node, edge and attribute', (format) => {
    const xml = render(format === 'graphml' ? graphmlWriter() : gexfWriter({ date: '2026-12-01' }), NODES, TRICKY_EDGES);
    const g = readers[format](xml);
    expect(g.order).toBe(NODES.length);
    expect(g.size).toBe(TRICKY_EDGES.length);
    expect(g.getNodeAttributes("person:zoe o'brien")).toMatchObject({ label: 'Zoë O\'Brien "la Jefa"', kind: 'Actor', type: 'Person', mentionCount: 12 });
    expect(g.getNodeAttribute('place:são paulo', 'label')).toBe('São Paulo 🌆');
    expect(g.getNodeAttribute('person:bad name', 'label')).toBe(FORBIDDEN_NAME_CLEANED);
    const byRelation = Object.fromEntries(g.mapEdges((_e, attrs) => [attrs.relation as string, attrs]));
    expect(byRelation.LEADS).toMatchObject({ directed: true, weight: 2, confidence: 0.85, sourceCount: 2 });
    expect(byRelation.OPPOSES).toMatchObject({ directed: false });
    expect(byRelation.PARTICIPATED_IN).toMatchObject({ role: 'agent' });
    g.forEachEdge((_e, _a, source, target, _sa, _ta, undirected) => {
      expect(undirected).toBe(false);
      expect(NODES.map((n) => n.id)).toContain(source);
      expect(NODES.map((n) => n.id)).toContain(target);
    });
  });
});
