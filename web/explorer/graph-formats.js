// What "export the current view" writes: the drawn nodes and edges as JSON
// or GraphML (readable by Gephi, yEd, Cytoscape desktop, networkx). Pure.
// XML text is escaped by the server's own escaping (src/export/xml.ts, copied
// into xml.generated.js), so both GraphML writers accept and refuse the same text.

import { fold } from './text.js';
import { escapeXml } from './xml.generated.js';

/**
 * @typedef {{id: string, label: string, kind: string, weight: number, depth?: number | null}} ViewNode
 * @typedef {{id: string, source: string, target: string, type: string, role?: string | null, weight: number}} ViewEdge
 * @typedef {{nodes: ViewNode[], edges: ViewEdge[]}} View
 */

const xml = (/** @type {string | null | undefined} */ value) => escapeXml(value ?? '');

const NODE_KEYS = [
  { id: 'label', name: 'label', type: 'string' },
  { id: 'kind', name: 'kind', type: 'string' },
  { id: 'weight', name: 'weight', type: 'int' },
];
const EDGE_KEYS = [
  { id: 'type', name: 'type', type: 'string' },
  { id: 'role', name: 'role', type: 'string' },
  { id: 'edgeWeight', name: 'weight', type: 'int' },
];

/** @param {View} view @param {{title?: string}} [meta] */
export function toGraphML(view, meta = {}) {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_KEYS.map((k) => `  <key id="${k.id}" for="node" attr.name="${k.name}" attr.type="${k.type}"/>`),
    ...EDGE_KEYS.map((k) => `  <key id="${k.id}" for="edge" attr.name="${k.name}" attr.type="${k.type}"/>`),
    `  <graph id="${xml(meta.title ?? 'actorgraph')}" edgedefault="directed">`,
  ];
  for (const n of view.nodes) {
    lines.push(`    <node id="${xml(n.id)}">`);
    lines.push(`      <data key="label">${xml(n.label)}</data>`);
    lines.push(`      <data key="kind">${xml(n.kind)}</data>`);
    lines.push(`      <data key="weight">${Math.round(n.weight ?? 0)}</data>`);
    lines.push('    </node>');
  }
  for (const e of view.edges) {
    lines.push(`    <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}">`);
    lines.push(`      <data key="type">${xml(e.type)}</data>`);
    if (e.role) lines.push(`      <data key="role">${xml(e.role)}</data>`);
    lines.push(`      <data key="edgeWeight">${Math.round(e.weight ?? 0)}</data>`);
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

/** @param {View} view @param {{title?: string, exportedAt?: string}} [meta] */
export function toJsonExport(view, meta = {}) {
  return JSON.stringify(
    {
      title: meta.title ?? 'actorgraph',
      exportedAt: meta.exportedAt ?? new Date().toISOString(),
      nodes: view.nodes.map((n) => ({ id: n.id, label: n.label, kind: n.kind, weight: n.weight })),
      edges: view.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, type: e.type, ...(e.role ? { role: e.role } : {}), weight: e.weight })),
    },
    null,
    2,
  );
}

/** A file name from the view's title: "michelle-bachelet-neighborhood". */
export function fileStem(/** @type {string} */ title) {
  // NFC first: an accent typed as its own combining mark folds away with its letter.
  const stem = fold(title.normalize('NFC'))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return stem || 'actorgraph';
}
