// The explorer page: wires the search boxes, the drawing and the side panel
// to the GraphQL API. State worth sharing lives in the URL hash
// (#actor=… or #from=…&to=…), so a view can be linked to.

import { ACTOR_DETAILS, ApiError, CONNECTION, ENTITY_CARD, EVENT_EVIDENCE, NEIGHBORHOOD, RELATION_EVIDENCE, SEARCH_ACTORS, graphql } from './api.js';
import { createActorCombobox } from './combobox.js';
import { fileStem, toGraphML, toJsonExport } from './graph-formats.js';
import { MAX_NODES, createGraphView } from './graph-view.js';
import { NODE_KINDS } from './kinds.js';
import * as panels from './panels.js';
import { pathsToGraph } from './paths-graph.js';
import { escapeHtml } from './text.js';

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
const SYMMETRIC = new Set(['OPPOSES', 'RELATIVE_OF']);

/**
 * @typedef {{id: string, name: string, type: string, aliases: string[], mentionCount: number, documentCount: number}} ActorCard
 */
const state = {
  /** @type {'explore' | 'connect'} */
  mode: 'explore',
  /** @type {ActorCard | undefined} */
  center: undefined,
  /** Title of what is drawn, for export file names. */
  title: '',
  /** @type {any} The last connection result, for step evidence. */
  connection: undefined,
  /** Counts requests in flight, for the loading state. */
  busy: 0,
  /** @type {(() => void) | undefined} What "Retry" repeats after an error. */
  retry: undefined,
};

// ---------------------------------------------------------------- status

const cyBox = $('cy');
const statusBox = $('status');
const alertBox = $('alert');

/** Shows a loading message until the returned function is called. */
function loading(/** @type {string} */ message) {
  state.busy++;
  cyBox.dataset.status = 'loading';
  statusBox.textContent = message;
  statusBox.classList.add('busy');
  return (/** @type {'ready' | 'error'} */ outcome = 'ready') => {
    state.busy = Math.max(0, state.busy - 1);
    if (state.busy === 0) {
      statusBox.textContent = '';
      statusBox.classList.remove('busy');
      cyBox.dataset.status = outcome;
    }
  };
}

function note(/** @type {string} */ message) {
  if (state.busy > 0) return;
  statusBox.textContent = message;
  statusBox.classList.remove('busy');
}

function showError(/** @type {unknown} */ err, /** @type {string} */ doing, /** @type {(() => void) | undefined} */ retry) {
  const message =
    err instanceof ApiError && err.kind === 'network'
      ? 'Cannot reach the API at /graphql. Is the actorgraph server running?'
      : `${doing} failed: ${/** @type {Error} */ (err).message}`;
  state.retry = retry;
  alertBox.innerHTML = '';
  const text = document.createElement('span');
  text.textContent = message;
  alertBox.append(text);
  const actions = document.createElement('span');
  if (retry) {
    const again = document.createElement('button');
    again.type = 'button';
    again.textContent = 'Retry';
    again.addEventListener('click', () => {
      hideError();
      retry();
    });
    actions.append(again);
  }
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = 'Dismiss';
  dismiss.addEventListener('click', hideError);
  actions.append(' ', dismiss);
  alertBox.append(actions);
  alertBox.hidden = false;
  cyBox.dataset.status = 'error';
  console.warn(`[explorer] ${doing}:`, err);
}

function hideError() {
  alertBox.hidden = true;
  alertBox.innerHTML = '';
}

/** Runs one step of work with loading and error states; resolves to undefined when it failed. */
async function attempt(/** @type {string} */ message, /** @type {string} */ doing, /** @type {() => Promise<any>} */ work, /** @type {(() => void) | undefined} */ retry) {
  const done = loading(message);
  hideError();
  try {
    const result = await work();
    done('ready');
    return result;
  } catch (err) {
    done('error');
    showError(err, doing, retry);
    return undefined;
  }
}

// ---------------------------------------------------------------- panel

function showCard(/** @type {string} */ id, /** @type {{title: string, body: string}} */ content) {
  $(`${id}-title`).innerHTML = content.title;
  $(`${id}-body`).innerHTML = content.body;
  $(id).hidden = false;
}

function hideCard(/** @type {string} */ id) {
  $(id).hidden = true;
  $(`${id}-body`).innerHTML = '';
}

function showEvidence(/** @type {{title: string, body: string}} */ content) {
  showCard('evidence', content);
  const card = $('evidence');
  card.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}

/** Lists the drawn edges of a node in its card (keyboard access to evidence). */
function listDrawnRelations(/** @type {string} */ id) {
  const list = document.getElementById('drawn-relations');
  if (!list) return;
  const node = view.cy.getElementById(id);
  const edges = node.nonempty()
    ? node.connectedEdges().map((/** @type {any} */ e) => {
        const outgoing = e.source().id() === id;
        const other = outgoing ? e.target() : e.source();
        return { id: e.id(), type: e.data('type'), role: e.data('role'), otherLabel: other.data('display'), outgoing };
      })
    : [];
  list.innerHTML = panels.drawnRelations(node.nonempty() ? node.data('label') : id, edges);
}

// ---------------------------------------------------------------- drawing

const view = createGraphView(cyBox, {
  onNodeTap: (node) => void nodeTapped(node),
  onEdgeTap: (edge) => void edgeTapped(edge),
  onBackgroundTap: () => view.unfocus(),
});

$('legend').innerHTML = panels.legend(NODE_KINDS);

function setEmpty(/** @type {boolean} */ empty) {
  $('empty').hidden = !empty;
  cyBox.dataset.drawn = empty ? 'false' : 'true';
}

/** What the canvas shows, for screen readers (the panel's lists give the details). */
function describeDrawing() {
  const nodes = view.cy.nodes().length;
  const edges = view.cy.edges().length;
  cyBox.setAttribute('aria-label', nodes === 0 ? 'Empty drawing' : `Drawing of ${state.title}: ${nodes} nodes, ${edges} links. Select an actor's relations in the Details panel.`);
}

/** Search → a new drawing centered on one actor. */
async function exploreActor(/** @type {{id: string, name: string}} */ actor, pushHash = true) {
  const depth = Number(/** @type {HTMLSelectElement} */ ($('depth')).value);
  const limit = Number(/** @type {HTMLSelectElement} */ ($('limit')).value);
  setMode('explore', false);
  if (pushHash) setHash({ actor: actor.id });
  hideCard('evidence');
  hideCard('paths');
  state.connection = undefined;
  const hood = await attempt(`Drawing the neighborhood of ${actor.name}…`, 'Loading the neighborhood', async () => {
    const data = await graphql(NEIGHBORHOOD, { actor: actor.id, depth, limit });
    if (!data.neighborhood) throw new Error(`no actor with id ${actor.id}`);
    setEmpty(false);
    await view.showNeighborhood(data.neighborhood);
    state.title = `${data.neighborhood.center.name} neighborhood`;
    return data.neighborhood;
  }, () => void exploreActor(actor, false));
  if (!hood) return;
  describeDrawing();
  cyBox.dataset.center = hood.center.id;
  if (hood.truncated) note(`Showing the ${hood.nodes.length} closest nodes; raise “Up to” for more.`);
  await showActorDetails(hood.center.id);
}

/** Panels answer the latest click only: a slow answer to an earlier click is dropped. */
const latest = { details: 0, evidence: 0 };

/** The card and the timeline of an actor (or the card of a place). */
async function showActorDetails(/** @type {string} */ id) {
  const ticket = ++latest.details;
  const data = await attempt('Loading details…', 'Loading the details', () => graphql(ACTOR_DETAILS, { id }));
  if (!data || ticket !== latest.details) return;
  const node = view.cy.getElementById(id);
  const canExpand = state.mode === 'explore' && node.nonempty() && !node.hasClass('expanded');
  if (!data.actor) {
    // Not an actor: a place. Only a card, no timeline.
    const entity = await attempt('Loading details…', 'Loading the details', () => graphql(ENTITY_CARD, { id }));
    if (!entity?.entity || ticket !== latest.details) return;
    showCard('details', panels.actorCard(entity.entity, { canExpand }));
    $('details').dataset.id = id;
    listDrawnRelations(id);
    hideCard('timeline');
    return;
  }
  const actor = /** @type {ActorCard & {timeline: any[]}} */ (data.actor);
  if (cyBox.dataset.center === id) state.center = actor;
  showCard('details', panels.actorCard(actor, { canExpand }));
  $('details').dataset.id = id;
  listDrawnRelations(id);
  showCard('timeline', { title: `Timeline <span class="meta">${panels.kindBadge(actor.type)} ${escapeHtml(actor.name)}</span>`, body: panels.timeline(actor.timeline) });
}

async function expandNode(/** @type {string} */ id, /** @type {string} */ label) {
  if (view.cy.nodes().length >= MAX_NODES) {
    note(`The drawing holds ${MAX_NODES} nodes: center on an actor to start a new one.`);
    return;
  }
  const result = await attempt(`Expanding ${label}…`, 'Expanding', async () => {
    const data = await graphql(NEIGHBORHOOD, { actor: id, depth: 1, limit: 50 });
    return view.expand(id, data.neighborhood);
  }, () => void expandNode(id, label));
  if (!result) return;
  describeDrawing();
  view.focus(id);
  if (result.capped) note(`Stopped at ${MAX_NODES} nodes to keep the drawing readable.`);
  else note(result.added === 0 ? `Nothing new around ${label}.` : `${result.added} new node${result.added === 1 ? '' : 's'} around ${label}.`);
}

async function nodeTapped(/** @type {any} */ node) {
  const id = node.id();
  const kind = node.data('kind');
  view.focus(id);
  if (kind === 'Event') return showEventEvidence(id, {});
  // Actors and places expand (a place's neighborhood: who acted there, what happened there).
  if (state.mode === 'explore' && !node.hasClass('expanded')) await expandNode(id, node.data('label'));
  await showActorDetails(id);
}

async function edgeTapped(/** @type {any} */ edge) {
  view.focus(edge.id());
  const step = edge.data('step');
  if (step && state.connection) return showStepEvidence(step.path, step.step);
  const type = edge.data('type');
  const source = edge.source();
  const target = edge.target();
  if (type === 'PARTICIPATED_IN' || type === 'AT') {
    const eventNode = source.data('kind') === 'Event' ? source : target;
    const actorNode = eventNode === source ? target : source;
    return showEventEvidence(eventNode.id(), type === 'PARTICIPATED_IN' ? { actor: actorNode.data('label'), role: edge.data('role') } : {});
  }
  return showRelationEvidence(source.id(), type, target.id());
}

async function showRelationEvidence(/** @type {string} */ subject, /** @type {string} */ predicate, /** @type {string} */ object) {
  const ticket = ++latest.evidence;
  const data = await attempt('Loading evidence…', 'Loading the evidence', () => graphql(RELATION_EVIDENCE, { subject, predicate }), () => void showRelationEvidence(subject, predicate, object));
  if (!data || ticket !== latest.evidence) return;
  const relations = /** @type {any[]} */ (data.entity?.relations ?? []);
  const same = (/** @type {any} */ r) =>
    (r.subject.id === subject && r.object.id === object) || (SYMMETRIC.has(predicate) && r.subject.id === object && r.object.id === subject);
  const relation = relations.find(same) ?? relations.find((r) => r.subject.id === object || r.object.id === object);
  if (!relation) {
    showEvidence({ title: 'Evidence', body: '<p class="meta">The API returned no statement of this relation.</p>' });
    return;
  }
  showEvidence(panels.relationEvidence(relation));
}

async function showEventEvidence(/** @type {string} */ id, /** @type {{actor?: string, role?: string}} */ context) {
  const ticket = ++latest.evidence;
  const data = await attempt('Loading evidence…', 'Loading the event', () => graphql(EVENT_EVIDENCE, { id }), () => void showEventEvidence(id, context));
  if (!data || ticket !== latest.evidence) return;
  if (!data.event) {
    showEvidence({ title: 'Evidence', body: '<p class="meta">This event is no longer in the graph.</p>' });
    return;
  }
  showEvidence(panels.eventEvidence(data.event, context));
}

function showStepEvidence(/** @type {number} */ pathIndex, /** @type {number} */ stepIndex) {
  const step = state.connection?.paths?.[pathIndex]?.steps?.[stepIndex];
  if (!step) return;
  latest.evidence++;
  const names = [step.from.name, ...(step.from.aliases ?? []), step.to.name, ...(step.to.aliases ?? [])];
  showEvidence({
    title: panels.stepHeadline(step),
    body: `<p class="meta">Path ${pathIndex + 1}, step ${stepIndex + 1} · ${step.sourceCount} source${step.sourceCount === 1 ? '' : 's'}</p>${panels.evidenceList(step.evidence, names)}`,
  });
}

// ---------------------------------------------------------------- connect mode

/** @type {{value: any, set: (a: any) => void}} */
let fromBox;
/** @type {{value: any, set: (a: any) => void}} */
let toBox;

async function connect(/** @type {{id: string, name: string}} */ from, /** @type {{id: string, name: string}} */ to, pushHash = true) {
  const maxHops = Number(/** @type {HTMLSelectElement} */ ($('max-hops')).value);
  setMode('connect', false);
  if (pushHash) setHash({ from: from.id, to: to.id });
  hideCard('evidence');
  const result = await attempt(`Looking for paths from ${from.name} to ${to.name}…`, 'Finding paths', async () => {
    const data = await graphql(CONNECTION, { from: from.id, to: to.id, maxHops, first: 5 });
    const connection = data.connection;
    state.connection = connection;
    setEmpty(false);
    await view.showPaths(connection, pathsToGraph(connection));
    state.title = `${connection.from.name} to ${connection.to.name}`;
    return connection;
  }, () => void connect(from, to, false));
  if (!result) return;
  describeDrawing();
  cyBox.dataset.center = '';
  cyBox.dataset.paths = String(result.paths.length);
  showCard('paths', { title: `Paths <span class="meta">${result.paths.length}</span>`, body: panels.paths(result, maxHops) });
  if (result.paths.length === 0) note('No path found: try more hops.');
  hideCard('timeline');
  await showActorDetails(from.id);
}

function setMode(/** @type {'explore' | 'connect'} */ mode, /** @type {boolean} */ focus) {
  state.mode = mode;
  for (const [tab, selected] of /** @type {const} */ ([['mode-explore', mode === 'explore'], ['mode-connect', mode === 'connect']])) {
    $(tab).setAttribute('aria-selected', String(selected));
    // Roving tabindex: Tab reaches the selected tab only, arrow keys switch.
    $(tab).tabIndex = selected ? 0 : -1;
  }
  $('explore-bar').hidden = mode !== 'explore';
  $('connect-bar').hidden = mode !== 'connect';
  document.body.dataset.mode = mode;
  if (mode === 'connect' && !fromBox.value && state.center) fromBox.set(state.center);
  if (focus) (mode === 'explore' ? $('search') : fromBox.value ? $('connect-to') : $('connect-from')).focus();
}

// ---------------------------------------------------------------- exports

function download(/** @type {Blob} */ blob, /** @type {string} */ name) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function exportAs(/** @type {'json' | 'graphml' | 'png'} */ format) {
  if (view.cy.nodes().length === 0) {
    note('Nothing drawn yet to export.');
    return;
  }
  const stem = fileStem(state.title);
  const meta = { title: state.title };
  if (format === 'json') download(new Blob([toJsonExport(view.view(), meta)], { type: 'application/json' }), `${stem}.json`);
  else if (format === 'graphml') download(new Blob([toGraphML(view.view(), meta)], { type: 'application/graphml+xml' }), `${stem}.graphml`);
  else download(view.png(), `${stem}.png`);
}

// ---------------------------------------------------------------- URL hash

function setHash(/** @type {Record<string, string>} */ params) {
  const hash = new URLSearchParams(params).toString();
  if (location.hash.slice(1) !== hash) history.replaceState(null, '', `#${hash}`);
}

async function fromHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  const actor = params.get('actor');
  const from = params.get('from');
  const to = params.get('to');
  if (from && to) {
    const names = await attempt('Loading…', 'Loading the actors', () => graphql(`query ExplorerPair($a: ID!, $b: ID!) { a: entity(id: $a) { id name type aliases mentionCount documentCount } b: entity(id: $b) { id name type aliases mentionCount documentCount } }`, { a: from, b: to }));
    if (names?.a && names?.b) {
      fromBox.set(names.a);
      toBox.set(names.b);
      await connect(names.a, names.b, false);
    }
  } else if (actor) {
    const data = await attempt('Loading…', 'Loading the actor', () => graphql(ENTITY_CARD, { id: actor }));
    if (data?.entity) {
      /** @type {HTMLInputElement} */ ($('search')).value = data.entity.name;
      await exploreActor(data.entity, false);
    }
  }
}

// ---------------------------------------------------------------- wiring

async function searchActors(/** @type {string} */ text, /** @type {AbortSignal} */ signal) {
  const data = await graphql(SEARCH_ACTORS, { search: text, first: 12 }, signal);
  return data.actors.edges.map((/** @type {any} */ e) => e.node);
}

createActorCombobox({
  input: /** @type {HTMLInputElement} */ ($('search')),
  listbox: $('search-results'),
  search: searchActors,
  onPick: (actor) => void exploreActor(actor),
});
fromBox = createActorCombobox({
  input: /** @type {HTMLInputElement} */ ($('connect-from')),
  listbox: $('connect-from-results'),
  search: searchActors,
  onPick: () => (toBox.value ? undefined : $('connect-to').focus()),
});
toBox = createActorCombobox({
  input: /** @type {HTMLInputElement} */ ($('connect-to')),
  listbox: $('connect-to-results'),
  search: searchActors,
  onPick: () => $('connect-go').focus(),
});

$('explore-bar').addEventListener('submit', (e) => e.preventDefault());
$('connect-bar').addEventListener('submit', (e) => {
  e.preventDefault();
  const from = fromBox.value;
  const to = toBox.value;
  if (!from || !to) {
    note('Pick both actors from the suggestions first.');
    (from ? $('connect-to') : $('connect-from')).focus();
    return;
  }
  void connect(from, to);
});
for (const select of ['depth', 'limit']) {
  $(select).addEventListener('change', () => {
    if (state.center && state.mode === 'explore') void exploreActor(state.center);
  });
}
$('mode-explore').addEventListener('click', () => setMode('explore', true));
$('mode-connect').addEventListener('click', () => setMode('connect', true));
// Arrow keys move between the two mode tabs, as tablists do.
$('mode-explore').parentElement?.addEventListener('keydown', (e) => {
  if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
  setMode(state.mode === 'explore' ? 'connect' : 'explore', false);
  $(state.mode === 'explore' ? 'mode-explore' : 'mode-connect').focus();
});
$('fit').addEventListener('click', () => view.cy.fit(undefined, 40));
$('relayout').addEventListener('click', () => void view.relayout());
$('export-json').addEventListener('click', () => exportAs('json'));
$('export-graphml').addEventListener('click', () => exportAs('graphml'));
$('export-png').addEventListener('click', () => exportAs('png'));

// Buttons inside the panel (rendered as HTML) are handled here, by their data-* attributes.
document.querySelector('.panel')?.addEventListener('click', (e) => {
  const button = /** @type {HTMLElement | null} */ (/** @type {HTMLElement} */ (e.target).closest('button'));
  if (!button) return;
  const detailsId = $('details').dataset.id ?? '';
  const action = button.dataset.action;
  if (action === 'center') {
    const label = view.cy.getElementById(detailsId).data('label') ?? detailsId;
    void exploreActor({ id: detailsId, name: label });
  } else if (action === 'expand') {
    void expandNode(detailsId, view.cy.getElementById(detailsId).data('label') ?? detailsId).then(() => showActorDetails(detailsId));
  } else if (action === 'connect-from') {
    const node = view.cy.getElementById(detailsId);
    fromBox.set({ id: detailsId, name: node.data('label') ?? detailsId });
    setMode('connect', true);
  } else if (button.dataset.edge) {
    const edge = view.cy.getElementById(button.dataset.edge);
    if (edge.nonempty()) void edgeTapped(edge);
  } else if (button.dataset.event) {
    view.focus(button.dataset.event);
    void showEventEvidence(button.dataset.event, {});
  } else if (button.dataset.path !== undefined && button.dataset.step !== undefined) {
    const pi = Number(button.dataset.path);
    const si = Number(button.dataset.step);
    const edge = view.cy.edges().filter((/** @type {any} */ x) => x.data('step')?.path === pi && x.data('step')?.step === si).first();
    if (edge.nonempty()) view.focus(edge.id());
    showStepEvidence(pi, si);
  }
});

// For tests and for the curious: the drawing's state, and the actions the page performs.
Object.assign(window, { __explorer: { cy: view.cy, state, view, exploreActor, connect, showActorDetails } });

/** A first round trip tells at once whether the API answers, before anyone types. */
async function probe() {
  try {
    await graphql('query ExplorerProbe { __typename }', {});
    document.body.dataset.api = 'up';
  } catch (err) {
    document.body.dataset.api = 'down';
    showError(err, 'Reaching the API', () => void probe());
  }
}

setEmpty(true);
setMode('explore', false);
describeDrawing();
document.body.dataset.ready = 'true';
await probe();
await fromHash();
