// The page's one drawing (graph-view.js on #cy), what screen readers are told
// about it, and the keyboard-reachable list of a node's drawn relations.

import { byId } from './dom.js';
import { edgeTapped, nodeTapped } from './explore.js';
import { createGraphView } from './graph-view.js';
import { NODE_KINDS } from './kinds.js';
import * as panels from './panels.js';
import { state } from './state.js';

export const cyBox = byId('cy');

export const view = createGraphView(cyBox, {
  onNodeTap: (node) => void nodeTapped(node),
  onEdgeTap: (edge) => void edgeTapped(edge),
  onBackgroundTap: () => view.unfocus(),
});

byId('legend').innerHTML = panels.legend(NODE_KINDS);

/** What the canvas shows, for screen readers (the panel's lists give the details). */
export function describeDrawing() {
  const nodes = view.cy.nodes().length;
  const edges = view.cy.edges().length;
  cyBox.setAttribute('aria-label', nodes === 0 ? 'Empty drawing' : `Drawing of ${state.title}: ${nodes} nodes, ${edges} links. Select an actor's relations in the Details panel.`);
}

/** Lists the drawn edges of a node in its card (keyboard access to evidence). */
export function listDrawnRelations(/** @type {string} */ id) {
  const list = document.getElementById('drawn-relations');
  if (!list) return;
  const node = view.cy.getElementById(id);
  const edges = node.nonempty()
    ? node.connectedEdges().map((e) => {
        const outgoing = e.source().id() === id;
        const other = outgoing ? e.target() : e.source();
        return { id: e.id(), type: e.data('type'), role: e.data('role'), otherLabel: other.data('display'), outgoing };
      })
    : [];
  list.innerHTML = panels.drawnRelations(node.nonempty() ? node.data('label') : id, edges);
}

/** The label of a drawn node, or its id when it is not drawn. */
export function drawnLabel(/** @type {string} */ id) {
  return view.cy.getElementById(id).data('label') ?? id;
}
