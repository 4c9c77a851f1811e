// Explore mode: an actor's neighborhood drawn around it, expanded node by
// node, and the panel's cards for what is clicked.

import { ACTOR_DETAILS, ApiError, ENTITY_CARD, NEIGHBORHOOD, graphql } from './api.js';
import { hideCard, showCard } from './cards.js';
import { setMode } from './connect.js';
import { curationCardOf } from './curation.js';
import { byId, selectById } from './dom.js';
import { cyBox, describeDrawing, listDrawnRelations, view } from './drawing.js';
import { showEventEvidence, showRelationEvidence, showStepEvidence } from './evidence.js';
import { loadConfidence } from './filters.js';
import { MAX_NODES } from './graph-view.js';
import { setEmpty, showDrawing, showMessage } from './overlays.js';
import * as panels from './panels.js';
import { setHash } from './router.js';
import { state, tickets } from './state.js';
import { attempt, note } from './status.js';
import { escapeHtml } from './text.js';

/**
 * @typedef {import('./cytoscape.js').NodeSingular} CyNode
 * @typedef {import('./cytoscape.js').EdgeSingular} CyEdge
 */

/** The message for an id that names no actor or place (merged, deleted, mistyped). */
export function notFoundHtml(/** @type {string} */ id) {
  return `<p><strong>No actor or place has the id “${escapeHtml(id)}”.</strong></p><p>It may have been merged into another or deleted. Search for it by name above, or <a href="#">go to the start page</a>.</p>`;
}

/** Search → a new drawing centered on one actor. */
export async function exploreActor(/** @type {{id: string, name: string}} */ actor, pushHash = true) {
  const depth = Number(selectById('depth').value);
  const limit = Number(selectById('limit').value);
  setMode('explore', false);
  if (pushHash) setHash({ actor: actor.id });
  showDrawing();
  hideCard('evidence');
  hideCard('paths');
  state.connection = undefined;
  const ticket = ++tickets.view;
  const hood = await attempt(`Drawing the neighborhood of ${actor.name}…`, 'Loading the neighborhood', async () => {
    let data;
    try {
      data = await graphql(NEIGHBORHOOD, { actor: actor.id, depth, limit });
    } catch (err) {
      if (err instanceof ApiError && err.kind === 'graphql' && /not found|no (actor|entity)/i.test(err.message)) return null;
      throw err;
    }
    if (ticket !== tickets.view) return undefined;
    if (!data.neighborhood) return null;
    setEmpty(false);
    await view.showNeighborhood(data.neighborhood);
    state.title = `${data.neighborhood.center.name} neighborhood`;
    return data.neighborhood;
  }, () => void exploreActor(actor, false));
  if (ticket !== tickets.view) return;
  if (hood === null) {
    view.clear();
    describeDrawing();
    showMessage(notFoundHtml(actor.id), 'not-found');
    return;
  }
  if (!hood) return;
  describeDrawing();
  cyBox.dataset.center = hood.center.id;
  if (hood.truncated) note(`Showing the ${hood.nodes.length} closest nodes; raise “Up to” for more.`);
  void loadConfidence();
  await showActorDetails(hood.center.id);
}

/** The card and the timeline of an actor (or the card of a place). */
export async function showActorDetails(/** @type {string} */ id) {
  const ticket = ++tickets.details;
  const data = await attempt('Loading details…', 'Loading the details', () => graphql(ACTOR_DETAILS, { id }));
  if (!data || ticket !== tickets.details) return;
  const node = view.cy.getElementById(id);
  const canExpand = state.mode === 'explore' && node.nonempty() && !node.hasClass('expanded');
  if (!data.actor) {
    // Not an actor: a place. Only a card, no timeline.
    const entity = await attempt('Loading details…', 'Loading the details', () => graphql(ENTITY_CARD, { id }));
    if (!entity?.entity || ticket !== tickets.details) return;
    showCard('details', panels.actorCard(entity.entity, { canExpand }));
    byId('details').dataset.id = id;
    listDrawnRelations(id);
    hideCard('timeline');
    hideCard('curation');
    return;
  }
  const actor = data.actor;
  if (cyBox.dataset.center === id) state.center = actor;
  showCard('details', panels.actorCard(actor, { canExpand }));
  byId('details').dataset.id = id;
  listDrawnRelations(id);
  showCard('timeline', { title: `Timeline <span class="meta">${panels.kindBadge(actor.type)} ${escapeHtml(actor.name)}</span>`, body: panels.timeline(actor.timeline) });
  await curationCardOf(actor);
}

/** Adds what is around a drawn node to the drawing. */
export async function expandNode(/** @type {string} */ id, /** @type {string} */ label) {
  if (view.cy.nodes().length >= MAX_NODES) {
    note(`The drawing holds ${MAX_NODES} nodes: center on an actor to start a new one.`);
    return;
  }
  const result = await attempt(`Expanding ${label}…`, 'Expanding', async () => {
    const data = await graphql(NEIGHBORHOOD, { actor: id, depth: 1, limit: 50 });
    // Gone since it was drawn (merged or deleted): nothing to add.
    if (!data.neighborhood) return { added: 0, capped: false };
    return view.expand(id, data.neighborhood);
  }, () => void expandNode(id, label));
  if (!result) return;
  describeDrawing();
  view.focus(id);
  if (result.capped) note(`Stopped at ${MAX_NODES} nodes to keep the drawing readable.`);
  else note(result.added === 0 ? `Nothing new around ${label}.` : `${result.added} new node${result.added === 1 ? '' : 's'} around ${label}.`);
}

/** A click on a node: a group opens into its events, an event shows its evidence, an actor or place expands. */
export async function nodeTapped(/** @type {CyNode} */ node) {
  const id = node.id();
  const kind = node.data('kind');
  /** @type {string[] | undefined} */
  const members = node.data('members');
  if (members) {
    await view.ungroup(id);
    describeDrawing();
    note(`${members.length} ${String(node.data('label')).split(' × ')[1]} events shown one by one.`);
    void loadConfidence();
    return;
  }
  view.focus(id);
  if (kind === 'Event') return showEventEvidence(id, {});
  // Actors and places expand (a place's neighborhood: who acted there, what happened there).
  if (state.mode === 'explore' && !node.hasClass('expanded')) await expandNode(id, node.data('label'));
  await showActorDetails(id);
}

/** A click on an edge: the evidence of the relation, the participation or the path step it draws. */
export async function edgeTapped(/** @type {CyEdge} */ edge) {
  view.focus(edge.id());
  /** @type {{path: number, step: number} | undefined} */
  const step = edge.data('step');
  if (step && state.connection) return showStepEvidence(step.path, step.step);
  /** @type {string} */
  const type = edge.data('type');
  const source = edge.source();
  const target = edge.target();
  if (type === 'PARTICIPATED_IN' || type === 'AT') {
    const eventNode = source.data('kind') === 'Event' ? source : target;
    const actorNode = eventNode === source ? target : source;
    if (eventNode.data('members')) return nodeTapped(eventNode);
    return showEventEvidence(eventNode.id(), type === 'PARTICIPATED_IN' ? { actor: actorNode.data('label'), role: edge.data('role') } : {});
  }
  return showRelationEvidence(source.id(), type, target.id());
}
