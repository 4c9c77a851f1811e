import type { ExportEdge, ExportNode } from '../model/export-rows.js';
import { type AttributeSpec, EDGE_ATTRIBUTES, flatValue, NODE_ATTRIBUTES } from './rows.js';
import { escapeXml, xmlAttributes } from './xml.js';
import { type GraphWriter, WriterPhase } from './writer.js';

/**
 * GraphML (http://graphml.graphdrawing.org/) as Gephi, yEd, networkx and
 * igraph read it: every attribute declared as a <key> with its attr.type, a
 * directed graph, and keys named `label` and `weight`, which Gephi maps to its
 * own columns. Every edge is directed: networkx refuses a graph that mixes in
 * directed="false" edges, so a symmetric relation (OPPOSES, RELATIVE_OF) says
 * so in its `directed` attribute (false) instead.
 */
export function graphmlWriter(): GraphWriter {
  const phase = new WriterPhase();
  return {
    start() {
      phase.start();
      const keys = [
        key('node', 'label', 'string'),
        ...NODE_ATTRIBUTES.map((a) => key('node', a.name, a.type)),
        key('edge', 'label', 'string'),
        key('edge', 'weight', 'double'),
        key('edge', 'directed', 'boolean'),
        ...EDGE_ATTRIBUTES.map((a) => key('edge', a.name, a.type)),
      ];
      return (
        '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
        ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
        keys.join('') +
        '  <graph id="actorgraph" edgedefault="directed">\n'
      );
    },
    node(n: ExportNode) {
      phase.node();
      return `    <node${xmlAttributes({ id: n.id })}>${data('node', 'label', n.label)}${dataOf('node', NODE_ATTRIBUTES, n)}</node>\n`;
    },
    edge(e: ExportEdge) {
      phase.edge();
      const attrs = xmlAttributes({ id: e.id, source: e.source, target: e.target });
      const fixed = data('edge', 'label', e.label) + data('edge', 'weight', String(e.weight)) + data('edge', 'directed', String(e.directed));
      return `    <edge${attrs}>${fixed}${dataOf('edge', EDGE_ATTRIBUTES, e)}</edge>\n`;
    },
    end() {
      phase.end();
      return '  </graph>\n</graphml>\n';
    },
  };
}

/** Key ids carry the element they describe: a node and an edge attribute may share a name (label, sourceCount). */
function keyId(element: 'node' | 'edge', name: string): string {
  return `${element === 'node' ? 'n' : 'e'}_${name}`;
}

function key(element: 'node' | 'edge', name: string, type: string): string {
  return `  <key${xmlAttributes({ id: keyId(element, name), for: element, 'attr.name': name, 'attr.type': type })}/>\n`;
}

function data(element: 'node' | 'edge', name: string, value: string | null): string {
  return value === null ? '' : `<data key="${keyId(element, name)}">${escapeXml(value)}</data>`;
}

function dataOf<Row>(element: 'node' | 'edge', specs: ReadonlyArray<AttributeSpec<Row>>, row: Row): string {
  return specs.map((a) => data(element, a.name, flatValue(row[a.name]))).join('');
}
