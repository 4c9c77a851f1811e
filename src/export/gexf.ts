import type { ExportEdge, ExportNode } from '../model/export-rows.js';
import { type AttributeSpec, EDGE_ATTRIBUTES, flatValue, NODE_ATTRIBUTES } from './rows.js';
import { xmlAttributes } from './xml.js';
import { type GraphWriter, WriterPhase } from './writer.js';

/** Node colours by type, so the graph opens in Gephi already readable. */
export const TYPE_COLOURS: Readonly<Record<string, readonly [number, number, number]>> = {
  Person: [31, 119, 180],
  Organization: [255, 127, 14],
  Group: [44, 160, 44],
  Place: [148, 103, 189],
  Event: [214, 39, 40],
  Document: [127, 127, 127],
};

/** Edge attributes, plus `directed`, which GEXF has no attribute of its own for once every edge is directed. */
const GEXF_EDGE_ATTRIBUTES: ReadonlyArray<AttributeSpec<ExportEdge>> = [{ name: 'directed', type: 'boolean' }, ...EDGE_ATTRIBUTES];

const GEXF_TYPES = { string: 'string', int: 'integer', double: 'double', boolean: 'boolean' } as const;

/**
 * GEXF 1.3 (https://gexf.net), Gephi's own format: a static directed graph
 * with declared node and edge attributes, labels, edge weights and a viz colour
 * per node type (events share one, documents another). Every edge is directed:
 * networkx refuses a directed graph with type="undirected" edges in it, so a
 * symmetric relation (OPPOSES, RELATIVE_OF) says so in its `directed`
 * attribute (false) instead.
 */
export function gexfWriter(opts: { date?: string } = {}): GraphWriter {
  const phase = new WriterPhase();
  return {
    start() {
      phase.start();
      return (
        '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
        ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n' +
        `  <meta${xmlAttributes({ lastmodifieddate: opts.date })}><creator>actorgraph</creator>` +
        '<description>actors, places and events, with the relations between them</description></meta>\n' +
        '  <graph defaultedgetype="directed" mode="static">\n' +
        declarations('node', NODE_ATTRIBUTES) +
        declarations('edge', GEXF_EDGE_ATTRIBUTES) +
        '    <nodes>\n'
      );
    },
    node(n: ExportNode) {
      phase.node();
      const colour = TYPE_COLOURS[n.kind === 'Actor' || n.kind === 'Place' ? n.type : n.kind];
      const viz = colour ? `<viz:color r="${colour[0]}" g="${colour[1]}" b="${colour[2]}"/>` : '';
      return `      <node${xmlAttributes({ id: n.id, label: n.label })}>${attvalues(NODE_ATTRIBUTES, n)}${viz}</node>\n`;
    },
    edge(e: ExportEdge) {
      const first = phase.edge();
      const attrs = xmlAttributes({ id: e.id, source: e.source, target: e.target, label: e.label, weight: e.weight });
      return `${first ? '    </nodes>\n    <edges>\n' : ''}      <edge${attrs}>${attvalues(GEXF_EDGE_ATTRIBUTES, e)}</edge>\n`;
    },
    end() {
      const noEdges = phase.end();
      return `${noEdges ? '    </nodes>\n    <edges>\n' : ''}    </edges>\n  </graph>\n</gexf>\n`;
    },
  };
}

function declarations<Row>(element: 'node' | 'edge', specs: ReadonlyArray<AttributeSpec<Row>>): string {
  const lines = specs.map((a) => `      <attribute${xmlAttributes({ id: a.name, title: a.name, type: GEXF_TYPES[a.type] })}/>\n`);
  return `    <attributes class="${element}" mode="static">\n${lines.join('')}    </attributes>\n`;
}

function attvalues<Row>(specs: ReadonlyArray<AttributeSpec<Row>>, row: Row): string {
  const values = specs.flatMap((a) => {
    const value = flatValue(row[a.name]);
    return value === null ? [] : [`<attvalue${xmlAttributes({ for: a.name, value })}/>`];
  });
  return values.length === 0 ? '' : `<attvalues>${values.join('')}</attvalues>`;
}
