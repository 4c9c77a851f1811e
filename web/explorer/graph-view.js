// The network drawing: cytoscape with the explorer's style, and the three
// ways a drawing changes (a new neighborhood, an expansion, connection paths).

import cytoscape from './cytoscape.js';
import { NODE_KINDS, edgeLabel, nodeSize } from './kinds.js';
import { SYMMETRIC_PREDICATES } from './ontology.generated.js';
import { formatDate } from './text.js';
import { eventLabels, groupEvents, parseEventLabel } from './views.js';

/**
 * @typedef {import('./cytoscape.js').Core} Core
 * @typedef {import('./cytoscape.js').NodeSingular} CyNode
 * @typedef {import('./cytoscape.js').EdgeSingular} CyEdge
 * @typedef {import('./cytoscape.js').BoundingBox12} Box
 */

/** Element groups, as cytoscape spells them. */
const NODES = /** @type {const} */ ('nodes');
const EDGES = /** @type {const} */ ('edges');

/** Beyond this many nodes an expansion adds nothing more: the drawing would stop being readable. */
export const MAX_NODES = 300;


/** @type {import('./cytoscape.js').StylesheetJson} */
const STYLE = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      // A data() mapper, which cytoscape allows here though its types list only the shape names.
      shape: /** @type {import('./cytoscape.js').Css.NodeShape} */ (/** @type {unknown} */ ('data(shape)')),
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(display)',
      'font-size': 11,
      color: '#1d232b',
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 3,
      'text-wrap': 'wrap',
      'text-max-width': '150px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'text-background-padding': '1px',
      // At 200 nodes labels of small nodes disappear when zoomed out, instead of piling up.
      'min-zoomed-font-size': 7,
      'border-width': 1.5,
      'border-color': '#ffffff',
    },
  },
  // The center's and the path ends' names stay visible at any zoom: they say what the drawing is about.
  { selector: 'node.center', style: { 'border-width': 4, 'border-color': '#1d232b', 'font-weight': 'bold', 'font-size': 13, 'z-index': 10, 'min-zoomed-font-size': 0 } },
  { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#5b6673' } },
  { selector: 'node.endpoint', style: { 'border-width': 4, 'border-color': '#1d232b', 'font-weight': 'bold', 'font-size': 13, 'min-zoomed-font-size': 0 } },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': '#a3adb8',
      'target-arrow-color': '#a3adb8',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 9,
      color: '#4a5562',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 8,
    },
  },
  { selector: 'edge.symmetric', style: { 'target-arrow-shape': 'none' } },
  // Labels that would cover another are left out (cullLabels); the focused node's neighbourhood always shows its own.
  { selector: 'node.label-top', style: { 'text-valign': 'top', 'text-margin-y': -3 } },
  { selector: 'node.nolabel', style: { label: '' } },
  { selector: 'node.nolabel.labelled', style: { label: 'data(display)', 'z-index': 30 } },
  { selector: 'node.group', style: { 'border-width': 3, 'border-color': '#c0392b', 'border-style': 'double', 'background-opacity': 0.75 } },
  { selector: '.filtered', style: { display: 'none' } },
  { selector: 'edge.unsure', style: { 'line-style': 'dashed', opacity: 0.6 } },
  { selector: 'edge[type = "PARTICIPATED_IN"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 3] } },
  { selector: 'edge[type = "AT"]', style: { 'line-style': 'dotted' } },
  { selector: 'edge.step', style: { 'line-color': '#c0392b', 'target-arrow-color': '#c0392b', color: '#8e2a20' } },
  { selector: '.faded', style: { opacity: 0.35 } },
  { selector: 'node:selected', style: { 'overlay-color': '#f0a500', 'overlay-opacity': 0.3, 'overlay-padding': 6 } },
  { selector: 'edge:selected', style: { 'line-color': '#f0a500', 'target-arrow-color': '#f0a500', width: 'mapData(width, 1, 8, 4, 10)', 'z-index': 20 } },
];

/** The cose settings, scaled with the number of nodes so a 200-node drawing spreads out instead of clumping. */
function coseLayout(/** @type {number} */ nodeCount, /** @type {boolean} */ randomize) {
  const crowded = nodeCount > 80;
  return {
    name: 'cose',
    animate: false,
    randomize,
    fit: true,
    padding: 40,
    // Labels left out: counted in, they push small drawings so far apart that everything shrinks.
    nodeDimensionsIncludeLabels: false,
    idealEdgeLength: () => (crowded ? 110 : 100),
    nodeRepulsion: () => (crowded ? 20000 : 9000),
    nodeOverlap: 40,
    edgeElasticity: () => 100,
    nestingFactor: 1.2,
    gravity: crowded ? 0.9 : 0.5,
    componentSpacing: 60,
    numIter: crowded ? 1200 : 1500,
    initialTemp: 1000,
    coolingFactor: 0.99,
    minTemp: 1.0,
  };
}

/** An event's label reads better with its date spelled out ("Election · 17 Nov 2013"); exports keep the API's label. */
function displayLabel(/** @type {{label: string, kind: string}} */ n) {
  if (n.kind !== 'Event') return n.label;
  const { type, date } = parseEventLabel(n.label);
  return date ? `${type} · ${formatDate(date)}` : n.label;
}

/** Whether two boxes {x1, y1, x2, y2} overlap, with a small margin. */
function overlaps(/** @type {Box} */ a, /** @type {Box} */ b, margin = 2) {
  return a.x1 < b.x2 + margin && b.x1 < a.x2 + margin && a.y1 < b.y2 + margin && b.y1 < a.y2 + margin;
}

/**
 * Keeps the labels that fit: the most important nodes first (the center and
 * path ends, then by mentions); a label that would cover one already placed
 * tries the other side of its node (above instead of below), and is left out
 * only if it covers one there too. In model coordinates, so the result holds
 * at every zoom. Returns how many labels were left out.
 */
function cullLabels(/** @type {Core} */ cy) {
  const nodes = cy.nodes(':visible');
  nodes.removeClass('nolabel label-top');
  const priority = (/** @type {CyNode} */ n) => (n.hasClass('center') || n.hasClass('endpoint') ? 1e9 : 0) + Number(n.data('weight') ?? 0);
  const ordered = nodes.toArray().sort((a, b) => priority(b) - priority(a));
  const labelBox = (/** @type {CyNode} */ n) => n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
  /** @type {Box[]} */
  const shown = [];
  let hidden = 0;
  for (const n of ordered) {
    let box = labelBox(n);
    if (!(box.w > 0)) continue;
    if (shown.some((b) => overlaps(b, box)) && priority(n) < 1e9) {
      n.addClass('label-top');
      box = labelBox(n);
      if (shown.some((b) => overlaps(b, box))) {
        n.removeClass('label-top').addClass('nolabel');
        hidden++;
        continue;
      }
    }
    shown.push(box);
  }
  return hidden;
}

/**
 * cose keeps nodes apart with a soft force only; this pass makes sure no node
 * covers another, by pushing apart any two whose enclosing circles meet (a
 * circle of radius size/√2 encloses the node's box whatever its shape).
 */
function separateOverlaps(/** @type {Core} */ cy, passes = 20) {
  const nodes = cy.nodes().toArray();
  const items = nodes.map((n) => {
    const box = n.boundingBox({ includeLabels: false });
    return { node: n, r: Math.max(box.w, box.h) / Math.SQRT2 + 2, ...n.position() };
  });
  for (let pass = 0; pass < passes; pass++) {
    let moved = false;
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const a = items[i];
        const b = items[j];
        if (!a || !b) continue;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const dist = Math.hypot(dx, dy);
        const need = a.r + b.r;
        if (dist >= need) continue;
        // Same spot: split them along a fixed direction, so the result does not depend on chance.
        const [ux, uy] = dist > 0.01 ? [dx / dist, dy / dist] : [Math.cos(i + j), Math.sin(i + j)];
        const push = (need - dist) / 2 + 0.5;
        a.x -= ux * push;
        a.y -= uy * push;
        b.x += ux * push;
        b.y += uy * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  cy.batch(() => items.forEach((it) => it.node.position({ x: it.x, y: it.y })));
}

/**
 * Starts cose from rings by distance to the center instead of random
 * positions: the same neighborhood is always drawn the same way, and nodes
 * start near the hops they belong to.
 */
function placeInRings(/** @type {Core} */ cy, /** @type {string} */ centerId) {
  /** @type {Map<number, CyNode[]>} */
  const rings = new Map();
  cy.nodes().forEach((n) => {
    const depth = n.id() === centerId ? 0 : Math.max(1, Number(n.data('depth') ?? 1));
    rings.set(depth, [...(rings.get(depth) ?? []), n]);
  });
  for (const [depth, nodes] of rings) {
    nodes.forEach((n, i) => {
      // Each ring is turned a little, so spokes of successive rings do not line up.
      const angle = (2 * Math.PI * i) / nodes.length + depth * 0.35;
      n.position({ x: 140 * depth * Math.cos(angle), y: 140 * depth * Math.sin(angle) });
    });
  }
}

/**
 * @typedef {{id: string, label: string, kind: string, depth?: number, weight: number}} GraphNode
 * @typedef {{id: string, source: string, target: string, type: string, role?: string | null, weight: number}} GraphEdge
 * @typedef {{center: {id: string}, nodes: GraphNode[], edges: GraphEdge[]}} Hood
 * @typedef {{onNodeTap: (node: CyNode) => void, onEdgeTap: (edge: CyEdge) => void, onBackgroundTap: () => void}} Handlers
 */

/** @param {HTMLElement} container @param {Handlers} handlers */
export function createGraphView(container, handlers) {
  const cy = cytoscape({
    container,
    style: STYLE,
    minZoom: 0.1,
    maxZoom: 3,
    boxSelectionEnabled: false,
    selectionType: 'single',
  });

  cy.on('tap', 'node', (e) => handlers.onNodeTap(e.target));
  cy.on('tap', 'edge', (e) => handlers.onEdgeTap(e.target));
  cy.on('tap', (e) => {
    if (e.target === cy) handlers.onBackgroundTap();
  });

  /** Event groups of the current neighborhood ("5 × Strike" → its events), and that neighborhood, for ungroup(). */
  /** @type {Map<string, string[]>} */
  let groups = new Map();
  /** @type {Hood | undefined} */
  let lastHood;

  const publishCounts = () => {
    container.dataset.nodeCount = String(cy.nodes().length);
    container.dataset.edgeCount = String(cy.edges().length);
  };

  /** @param {GraphNode & {members?: string[], dates?: string[]}} n @param {Map<string, string>} [labels] */
  const nodeData = (n, labels) => {
    const kind = NODE_KINDS[/** @type {keyof typeof NODE_KINDS} */ (n.kind)] ?? NODE_KINDS.Event;
    const date = n.kind === 'Event' ? parseEventLabel(n.label).date : null;
    return {
      id: n.id,
      label: n.label,
      display: labels?.get(n.id) ?? displayLabel(n),
      kind: n.kind,
      weight: n.weight,
      depth: n.depth ?? null,
      color: kind.color,
      shape: kind.shape,
      size: nodeSize(n.weight),
      date,
      ...(n.members && { members: n.members, dates: n.dates ?? [] }),
    };
  };
  /** @param {GraphEdge} e */
  const edgeData = (e) => ({
    id: e.id,
    source: e.source,
    target: e.target,
    type: e.type,
    role: e.role ?? null,
    weight: e.weight,
    label: edgeLabel(e),
    width: Math.min(8, 1.2 + Math.log2(1 + Math.max(0, e.weight))),
  });
  const edgeClasses = (/** @type {GraphEdge} */ e) => (SYMMETRIC_PREDICATES.has(e.type) ? 'symmetric' : '');

  /** Runs a layout to its end; after cose, overlaps are removed and the drawing fitted again. */
  const run = (/** @type {import('./cytoscape.js').LayoutOptions & {fit?: boolean, padding?: number}} */ options) =>
    new Promise((resolve) => {
      const layout = cy.layout(options);
      layout.one('layoutstop', () => {
        if (options.name === 'cose') {
          separateOverlaps(cy);
          if (options.fit) cy.fit(undefined, options.padding);
        }
        container.dataset.hiddenLabels = String(cullLabels(cy));
        resolve(undefined);
      });
      layout.run();
    });

  return {
    cy,

    /** Replaces the drawing with an actor's neighborhood. @param {Hood} hood */
    async showNeighborhood(hood) {
      cy.elements().remove();
      const labels = eventLabels(hood);
      const grouped = groupEvents(hood);
      const dateOf = new Map(hood.nodes.map((n) => [n.id, parseEventLabel(n.label).date]));
      const nodes = grouped.nodes.map((n) => (n.members ? { ...n, dates: n.members.map((m) => dateOf.get(m) ?? '') } : n));
      const ids = new Set(nodes.map((n) => n.id));
      cy.add([
        ...nodes.map((n) => ({ group: NODES, data: nodeData(n, labels), classes: n.id === hood.center.id ? 'center expanded' : n.members ? 'group' : '' })),
        ...grouped.edges.filter((e) => ids.has(e.source) && ids.has(e.target))
          .map((e) => ({ group: EDGES, data: edgeData(e), classes: edgeClasses(e) })),
      ]);
      groups = grouped.groups;
      lastHood = hood;
      publishCounts();
      placeInRings(cy, hood.center.id);
      await run(coseLayout(cy.nodes().length, false));
    },

    /**
     * Adds what is around one drawn node, keeping the rest where it is: new
     * nodes start next to the node they hang from, then cose settles them.
     * @param {string} aroundId @param {{nodes: GraphNode[], edges: GraphEdge[]}} hood
     * @returns {Promise<{added: number, capped: boolean}>}
     */
    async expand(aroundId, hood) {
      const anchor = cy.getElementById(aroundId);
      const origin = anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
      const room = MAX_NODES - cy.nodes().length;
      const fresh = hood.nodes.filter((n) => cy.getElementById(n.id).empty());
      const kept = fresh.slice(0, Math.max(0, room));
      const elements = [];
      const labels = eventLabels(hood);
      kept.forEach((n, i) => {
        const angle = (2 * Math.PI * i) / Math.max(1, kept.length);
        elements.push({ group: NODES, data: nodeData(n, labels), position: { x: origin.x + 60 * Math.cos(angle), y: origin.y + 60 * Math.sin(angle) } });
      });
      const present = (/** @type {string} */ id) => cy.getElementById(id).nonempty() || kept.some((n) => n.id === id);
      for (const e of hood.edges) {
        if (cy.getElementById(e.id).empty() && present(e.source) && present(e.target)) {
          elements.push({ group: EDGES, data: edgeData(e), classes: edgeClasses(e) });
        }
      }
      cy.add(elements);
      anchor.addClass('expanded');
      publishCounts();
      if (elements.length > 0) await run(coseLayout(cy.nodes().length, false));
      return { added: kept.length, capped: kept.length < fresh.length };
    },

    /**
     * Replaces the drawing with connection paths, read left to right from `from` to `to`.
     * @param {{from: {id: string}, to: {id: string}}} ends
     * @param {{nodes: GraphNode[], edges: Array<GraphEdge & {step: unknown}>}} graph
     */
    async showPaths(ends, graph) {
      cy.elements().remove();
      cy.add([
        ...graph.nodes.map((n) => ({ group: NODES, data: nodeData(n), classes: n.id === ends.from.id || n.id === ends.to.id ? 'endpoint' : '' })),
        ...graph.edges.map((e) => ({ group: EDGES, data: { ...edgeData(e), step: e.step }, classes: `step ${edgeClasses(e)}` })),
      ]);
      publishCounts();
      if (cy.nodes().length === 0) return;
      await run({
        name: 'breadthfirst',
        roots: [ends.from.id],
        directed: false,
        spacingFactor: 1.3,
        padding: 50,
        animate: false,
        fit: true,
        // Top-down levels turned into left-to-right columns: a path reads like a sentence.
        transform: (/** @type {CyNode} */ _node, /** @type {{x: number, y: number}} */ p) => ({ x: p.y * 1.6, y: p.x }),
      });
    },

    clear() {
      cy.elements().remove();
      publishCounts();
    },

    async relayout() {
      if (cy.nodes().length === 0) return;
      if (cy.edges('.step').nonempty()) {
        await run({ name: 'breadthfirst', roots: cy.nodes('.endpoint').first().map((n) => n.id()), directed: false, spacingFactor: 1.3, padding: 50, animate: false, transform: (/** @type {CyNode} */ _n, /** @type {{x: number, y: number}} */ p) => ({ x: p.y * 1.6, y: p.x }) });
      } else {
        await run(coseLayout(cy.nodes().length, true));
      }
    },

    /** Selects one element, fades what is not next to it, and shows the labels around it. */
    focus(/** @type {string} */ id) {
      const el = cy.getElementById(id);
      cy.elements().unselect().removeClass('faded labelled');
      if (el.empty()) return;
      el.select();
      const keep = el.group() === 'nodes' ? el.closedNeighborhood() : el.union(el.connectedNodes());
      cy.elements().not(keep).addClass('faded');
      keep.nodes().addClass('labelled');
    },

    unfocus() {
      cy.elements().unselect().removeClass('faded labelled');
    },

    /** Replaces a group node ("5 × Strike") by its events, as the API drew them. */
    async ungroup(/** @type {string} */ groupId) {
      const members = groups.get(groupId);
      if (!members || !lastHood) return;
      const hood = lastHood;
      const labels = eventLabels(hood);
      const group = cy.getElementById(groupId);
      const origin = group.nonempty() ? group.position() : { x: 0, y: 0 };
      const memberSet = new Set(members);
      /** @type {import('./cytoscape.js').ElementDefinition[]} */
      const elements = [];
      hood.nodes.filter((n) => memberSet.has(n.id)).forEach((n, i) => {
        const angle = (2 * Math.PI * i) / members.length;
        elements.push({ group: NODES, data: nodeData(n, labels), position: { x: origin.x + 50 * Math.cos(angle), y: origin.y + 50 * Math.sin(angle) } });
      });
      group.remove();
      for (const e of hood.edges) {
        if ((memberSet.has(e.source) || memberSet.has(e.target)) && cy.getElementById(e.id).empty()) {
          const ok = (/** @type {string} */ id) => memberSet.has(id) || cy.getElementById(id).nonempty();
          if (ok(e.source) && ok(e.target)) elements.push({ group: EDGES, data: edgeData(e), classes: edgeClasses(e) });
        }
      }
      cy.add(elements);
      groups.delete(groupId);
      publishCounts();
      await run(coseLayout(cy.nodes().length, false));
    },

    /**
     * Hides what the filters leave out: relations and events under the
     * confidence threshold (when their confidence is known), and events outside
     * the date range (undated ones too, once a range is set). Returns what is hidden.
     * @param {{minConfidence: number, from: string, to: string}} f
     */
    applyFilters(f) {
      const inRange = (/** @type {string | null | undefined} */ d) => {
        if (!f.from && !f.to) return true;
        if (!d) return false;
        if (f.from && d.slice(0, f.from.length) < f.from && d < f.from) return false;
        if (f.to && d.slice(0, f.to.length) > f.to) return false;
        return true;
      };
      cy.batch(() => {
        cy.elements().removeClass('filtered');
        cy.nodes('[kind = "Event"]').forEach((n) => {
          const dates = n.data('members') ? n.data('dates') : [n.data('date')];
          const conf = n.data('confidence');
          const dateOk = dates.some((/** @type {string} */ d) => inRange(d));
          const confOk = conf === undefined || conf === null || conf >= f.minConfidence;
          if (!dateOk || !confOk) n.addClass('filtered');
        });
        cy.edges().forEach((e) => {
          const conf = e.data('confidence');
          if (conf !== undefined && conf !== null && conf < f.minConfidence) e.addClass('filtered');
          if (e.source().hasClass('filtered') || e.target().hasClass('filtered')) e.addClass('filtered');
        });
      });
      const hidden = { nodes: cy.nodes('.filtered').length, edges: cy.edges('.filtered').length };
      container.dataset.filteredNodes = String(hidden.nodes);
      container.dataset.filteredEdges = String(hidden.edges);
      container.dataset.hiddenLabels = String(cullLabels(cy));
      return hidden;
    },

    /** Records confidences on drawn relations (by "subject|PREDICATE|object") and events (by id). */
    setConfidence(/** @type {Map<string, number>} */ relations, /** @type {Map<string, number>} */ events) {
      cy.batch(() => {
        cy.edges().forEach((e) => {
          const c = relations.get(`${e.data('source')}|${e.data('type')}|${e.data('target')}`) ?? relations.get(`${e.data('target')}|${e.data('type')}|${e.data('source')}`);
          if (c !== undefined) {
            e.data('confidence', c);
            e.data('label', `${edgeLabel(e.data())} ${c.toFixed(2)}`);
            e.toggleClass('unsure', c < 0.6);
          }
        });
        cy.nodes('[kind = "Event"]').forEach((n) => {
          const c = events.get(n.id());
          if (c !== undefined) n.data('confidence', c);
        });
      });
    },

    /** What is drawn, for the exports. */
    view() {
      return {
        nodes: cy.nodes().map((n) => ({ id: n.id(), label: n.data('label'), kind: n.data('kind'), weight: n.data('weight') })),
        edges: cy.edges().map((e) => ({ id: e.id(), source: e.data('source'), target: e.data('target'), type: e.data('type'), role: e.data('role'), weight: e.data('weight') })),
      };
    },

    /** @returns {Blob} */
    png() {
      return cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff', maxWidth: 6000, maxHeight: 6000 });
    },
  };
}
