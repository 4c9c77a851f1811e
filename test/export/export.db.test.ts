import { execFileSync, spawnSync } from 'node:child_process';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ExportFormat, writersFor } from '../../src/export/formats.js';
import { run } from '../../src/cli/main.js';
import { exportGraph, type ExportSummary } from '../../src/export/export-graph.js';
import type { ExportEdge, ExportNode } from '../../src/model/export-rows.js';
import type { Graph } from '../../src/graph/client.js';
import { toDocumentRows } from '../../src/graph/document-rows.js';
import { deleteDocument, writeDocument } from '../../src/graph/document-writer.js';
import { EXPORT_ALL, type ExportFilter, graphExportSource } from '../../src/graph/export-source.js';
import type { DocumentInput } from '../../src/model/document.js';
import { contentHash } from '../../src/pipeline/ingest.js';
import { capitalize, type ExtractionSpec, handExtraction, randomTag } from '../helpers/extraction.js';
import { connectTestGraph } from '../helpers/graph.js';
import { csvObjects, edgeFromCsv, nodeFromCsv, parseXml, xmlForbidden } from './helpers.js';

// The database is shared with other test files: every document id starts with
// this run's tag, and each export keeps only what those documents support.
const tag = randomTag();
const T = capitalize(tag);
const prefix = `${tag}-`;
const union = `${T} & Sons "Union"`;

const docs: Array<[DocumentInput, ExtractionSpec]> = [
  [
    { id: `${prefix}strike`, text: `Anna ${T} leads the ${union}. The ${union} opposes Carlos ${T}. ${T} dockworkers went on strike in Port ${T}.` },
    {
      entities: [
        [`Anna ${T}`, 'Person'],
        [union, 'Organization'],
        [`Carlos ${T}`, 'Person'],
        [`${T} dockworkers`, 'Group'],
        [`Port ${T}`, 'Place'],
      ],
      relations: [
        [`Anna ${T}`, 'LEADS', union],
        [union, 'OPPOSES', `Carlos ${T}`],
      ],
      events: [
        {
          type: 'Strike',
          trigger: 'strike',
          date: '2024-05',
          place: `Port ${T}`,
          participants: [
            [`${T} dockworkers`, 'agent'],
            [union, 'participant'],
          ],
        },
      ],
    },
  ],
  [
    { id: `${prefix}election`, text: `The ${union} leads Anna ${T}. Carlos ${T} won the election in Port ${T}. Police arrested Anna ${T}.` },
    {
      entities: [
        [union, 'Organization'],
        [`Anna ${T}`, 'Person'],
        [`Carlos ${T}`, 'Person'],
        [`Port ${T}`, 'Place'],
      ],
      relations: [[`Anna ${T}`, 'LEADS', union]],
      events: [
        { type: 'Election', trigger: 'election', date: '2025-01-15', place: `Port ${T}`, participants: [[`Carlos ${T}`, 'winner']] },
        { type: 'Arrest', trigger: 'arrested', participants: [[`Anna ${T}`, 'target']] },
      ],
    },
  ],
];

// What those two documents make: 5 entities and 3 events; 2 relations (LEADS,
// stated twice, and OPPOSES), 4 participations and 2 places of events.
const ALL = { nodes: 8, edges: 8 };
const hasNetworkx = spawnSync('python3', ['-c', 'import networkx'], { stdio: 'ignore' }).status === 0;

let graph: Graph;
beforeAll(async () => {
  graph = await connectTestGraph('actorgraph-export-test');
  for (const [doc, spec] of docs) await writeDocument(graph, toDocumentRows(doc, contentHash(doc), handExtraction(doc, spec)));
});
afterAll(async () => {
  for (const [doc] of docs) await deleteDocument(graph, doc.id);
  await graph.close();
});

const mine: ExportFilter = { ...EXPORT_ALL, docPrefix: prefix };

/** Exports through the real reader into strings, one per output file. */
async function exportAs(format: ExportFormat, filter: ExportFilter = mine, pageSize = 2): Promise<{ files: string[]; summary: ExportSummary }> {
  const writers = writersFor(format, '2026-12-01');
  const files = writers.map(() => '');
  const summary = await exportGraph(
    graphExportSource(graph, filter, { pageSize }),
    writers.map((w, i) => ({ writer: w.writer, sink: { write: async (chunk: string) => void (files[i] += chunk) } })),
  );
  return { files, summary };
}

async function exportJson(filter: ExportFilter = mine, pageSize = 2): Promise<{ nodes: ExportNode[]; edges: ExportEdge[] }> {
  return JSON.parse((await exportAs('json', filter, pageSize)).files[0]!) as { nodes: ExportNode[]; edges: ExportEdge[] };
}

describe('export of a graph written by the real writer', () => {
  it('JSON holds the expected nodes and edges, with their attributes', async () => {
    const { nodes, edges } = await exportJson();
    expect(nodes).toHaveLength(ALL.nodes);
    expect(edges).toHaveLength(ALL.edges);
    const byLabel = new Map(nodes.map((n) => [n.label, n]));
    expect(byLabel.get(union)).toMatchObject({ kind: 'Actor', type: 'Organization', documentCount: 2, date: null });
    expect(byLabel.get(`Port ${T}`)).toMatchObject({ kind: 'Place', type: 'Place' });
    expect(byLabel.get('Strike 2024-05')).toMatchObject({ kind: 'Event', type: 'Strike', date: '2024-05', sourceCount: 1, mentionCount: null });
    expect(byLabel.get('Arrest')).toMatchObject({ kind: 'Event', date: null });
    const idOf = (label: string) => byLabel.get(label)!.id;

    const leads = edges.find((e) => e.relation === 'LEADS')!;
    expect(leads).toMatchObject({ source: idOf(`Anna ${T}`), target: idOf(union), sourceCount: 2, weight: 2, directed: true });
    expect([...leads.docIds].sort()).toEqual([`${prefix}election`, `${prefix}strike`]);
    expect(edges.find((e) => e.relation === 'OPPOSES')).toMatchObject({ directed: false, sourceCount: 1 });
    expect(edges.filter((e) => e.relation === 'PARTICIPATED_IN').map((e) => `${e.role}:${e.target}`).sort()).toEqual(
      [`agent:${idOf('Strike 2024-05')}`, `participant:${idOf('Strike 2024-05')}`, `target:${idOf('Arrest')}`, `winner:${idOf('Election 2025-01-15')}`].sort(),
    );
    expect(edges.filter((e) => e.relation === 'AT').map((e) => e.target)).toEqual([idOf(`Port ${T}`), idOf(`Port ${T}`)]);
    // Every edge joins two exported nodes, and edge ids are unique.
    const ids = new Set(nodes.map((n) => n.id));
    expect(edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(new Set(edges.map((e) => e.id)).size).toBe(edges.length);
  });

  it('reads the same graph whatever the page size', async () => {
    const small = await exportJson(mine, 1);
    const large = await exportJson(mine, 1000);
    expect(small).toEqual(large);
  });

  it('GraphML parses with the expected node and edge counts and names', async () => {
    const { files, summary } = await exportAs('graphml');
    expect(xmlForbidden(files[0]!)).toBeNull();
    const g = parseXml(files[0]!).graphml.graph;
    expect(g.node).toHaveLength(ALL.nodes);
    expect(g.edge).toHaveLength(ALL.edges);
    expect(summary).toMatchObject({ nodes: ALL.nodes, edges: ALL.edges, byKind: { Actor: 4, Place: 1, Event: 3 }, danglingEdges: 0 });
    const labels = g.node.map((n: { data: Array<Record<string, string>> }) => n.data.find((d) => d['@key'] === 'n_label')!['#text']);
    expect(labels).toContain(union);
  });

  it('GEXF parses with the expected node and edge counts and names', async () => {
    const { files } = await exportAs('gexf');
    expect(xmlForbidden(files[0]!)).toBeNull();
    const g = parseXml(files[0]!).gexf.graph;
    expect(g.nodes.node).toHaveLength(ALL.nodes);
    expect(g.edges.edge).toHaveLength(ALL.edges);
    expect(g.nodes.node.map((n: Record<string, string>) => n['@label'])).toContain(union);
    const directedValue = (e: Record<string, any>) => [e.attvalues.attvalue].flat().find((v: Record<string, string>) => v['@for'] === 'directed')?.['@value'];
    expect(g.edges.edge.filter((e: Record<string, any>) => directedValue(e) === 'false')).toHaveLength(1);
  });

  it('GraphML and GEXF of the real graph read back in graphology (and networkx when python3 has it) with what JSON holds', async () => {
    const json = await exportJson();
    for (const format of ['graphml', 'gexf'] as const) {
      const xml = (await exportAs(format)).files[0]!;
      const g = format === 'graphml' ? parseGraphml(MultiDirectedGraph, xml) : parseGexf(MultiDirectedGraph, xml);
      expect(g.order).toBe(json.nodes.length);
      expect(g.size).toBe(json.edges.length);
      for (const n of json.nodes) expect(g.getNodeAttributes(n.id)).toMatchObject({ label: n.label, kind: n.kind, type: n.type });
      expect(g.mapEdges((_e, a) => a.directed as boolean).filter((d) => !d)).toHaveLength(json.edges.filter((e) => !e.directed).length);
      if (hasNetworkx) {
        const dir = mkdtempSync(join(tmpdir(), 'actorgraph-export-nx-'));
        try {
          const file = join(dir, `graph.${format}`);
          writeFileSync(file, xml);
          const out = execFileSync('python3', ['-c', `import sys, networkx as nx; g = nx.read_${format}(sys.argv[1]); print(g.number_of_nodes(), g.number_of_edges(), int(g.is_directed()))`, file], { encoding: 'utf8' });
          expect(out.trim()).toBe(`${json.nodes.length} ${json.edges.length} 1`);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }
    }
  });

  it('CSV round-trips to exactly what JSON holds', async () => {
    const { files } = await exportAs('csv');
    const json = await exportJson();
    expect(csvObjects(files[0]!).rows.map(nodeFromCsv)).toEqual(json.nodes);
    expect(csvObjects(files[1]!).rows.map(edgeFromCsv)).toEqual(json.edges);
  });
});

describe('export filters', () => {
  it('--type keeps the named kinds and the edges between them', async () => {
    const { nodes, edges } = await exportJson({ ...mine, entityTypes: ['Person'], events: true });
    expect(nodes.map((n) => n.label).sort()).toEqual(['Arrest', `Anna ${T}`, `Carlos ${T}`, 'Election 2025-01-15', 'Strike 2024-05'].sort());
    expect(edges.map((e) => `${e.relation}:${e.role}`).sort()).toEqual(['PARTICIPATED_IN:target', 'PARTICIPATED_IN:winner']);
  });

  it('without events, keeps relations only', async () => {
    const { nodes, edges } = await exportJson({ ...mine, events: false });
    expect(nodes.every((n) => n.kind !== 'Event')).toBe(true);
    expect(nodes).toHaveLength(5);
    expect(edges.map((e) => e.relation).sort()).toEqual(['LEADS', 'OPPOSES']);
  });

  it('--since/--until keep dated events whose period overlaps, and their edges', async () => {
    const may = await exportJson({ ...mine, since: '2024-05-20', until: '2024-12' });
    expect(may.nodes.filter((n) => n.kind === 'Event').map((n) => n.label)).toEqual(['Strike 2024-05']);
    expect(may.edges.map((e) => e.relation).sort()).toEqual(['AT', 'LEADS', 'OPPOSES', 'PARTICIPATED_IN', 'PARTICIPATED_IN']);
    const later = await exportJson({ ...mine, since: '2024-06' });
    expect(later.nodes.filter((n) => n.kind === 'Event').map((n) => n.label)).toEqual(['Election 2025-01-15']);
  });

  it('--with-documents adds the documents and an edge to each entity they name', async () => {
    const { nodes, edges } = await exportJson({ ...mine, documents: true });
    const documents = nodes.filter((n) => n.kind === 'Document');
    expect(documents.map((n) => n.id)).toEqual([`${prefix}election`, `${prefix}strike`]);
    expect(nodes).toHaveLength(ALL.nodes + 2);
    const refers = edges.filter((e) => e.relation === 'REFERS_TO');
    // The strike report names 5 entities, the election report 4.
    expect(refers.filter((e) => e.source === `${prefix}strike`)).toHaveLength(5);
    expect(refers.filter((e) => e.source === `${prefix}election`)).toHaveLength(4);
    expect(edges).toHaveLength(ALL.edges + 9);
    const anna = nodes.find((n) => n.label === `Anna ${T}`)!;
    // "Anna T" occurs twice in the election report.
    expect(refers.find((e) => e.source === `${prefix}election` && e.target === anna.id)).toMatchObject({ weight: 2, docIds: [`${prefix}election`] });
  });

  it('a prefix no document has exports an empty graph', async () => {
    const { files, summary } = await exportAs('gexf', { ...mine, docPrefix: `${prefix}none-` });
    expect(summary).toMatchObject({ nodes: 0, edges: 0 });
    expect(parseXml(files[0]!).gexf.graph.nodes.node).toBeUndefined();
  });
});

describe('actorgraph export (the command, against the test Neo4j)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'actorgraph-export-cli-'));
  const saved: Record<string, string | undefined> = {};
  beforeAll(() => {
    const neo4j = inject('neo4j');
    const env = { NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database ?? '' };
    for (const [k, v] of Object.entries(env)) {
      saved[k] = process.env[k];
      process.env[k] = v;
    }
  });
  afterAll(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  async function cli(...argv: string[]) {
    let stdout = '';
    let stderr = '';
    const sink = (append: (s: string) => void) =>
      new Writable({
        write(chunk: Buffer, _enc, done) {
          append(chunk.toString());
          done();
        },
      });
    const code = await run(argv, { stdout: sink((s) => (stdout += s)), stderr: sink((s) => (stderr += s)) });
    return { code, stdout, stderr };
  }

  it('writes nodes.csv and edges.csv into --out DIR and prints a summary', async () => {
    const out = join(dir, 'csv');
    const { code, stderr } = await cli('export', '--format', 'csv', '--out', out, '--doc-prefix', prefix, '--page-size', '3', '--quiet');
    expect(stderr).toMatch(/exported 8 nodes \(4 actors, 1 place, 3 events\) and 8 edges as CSV to .*nodes\.csv and .*edges\.csv/);
    expect(code).toBe(0);
    expect(csvObjects(readFileSync(join(out, 'nodes.csv'), 'utf8')).rows).toHaveLength(ALL.nodes);
    expect(csvObjects(readFileSync(join(out, 'edges.csv'), 'utf8')).rows).toHaveLength(ALL.edges);
  });

  it('writes GraphML to stdout when there is no --out', async () => {
    const { code, stdout } = await cli('export', '-f', 'graphml', '--doc-prefix', prefix, '-q');
    expect(code).toBe(0);
    const g = parseXml(stdout).graphml.graph;
    expect(g.node).toHaveLength(ALL.nodes);
    expect(g.edge).toHaveLength(ALL.edges);
  });
});
