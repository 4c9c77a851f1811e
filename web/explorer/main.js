// The explorer page: wires the search boxes, the drawing and the side panel
// to the GraphQL API. Each view lives in the URL hash (# = the start page,
// #actor=…, #from=…&to=…, #doc=…&at=…, #docs=…), pushed on the browser's
// history, so Back and Forward walk through views and any view can be linked to.

import {
  ACTOR_DETAILS, ApiError, CONNECTION, CURATIONS, DOCUMENT, DOCUMENT_RELATIONS, DOCUMENTS, ENTITY_CARD, EVENT_EVIDENCE, EVENTS_PAGE, LANDING,
  MERGE_ACTORS, NEIGHBORHOOD, RELATION_EVIDENCE, SEARCH_ACTORS, UNDO_CURATION, UPDATE_ACTOR, confidenceQuery, graphql, setApiToken,
} from './api.js';
import { curationCard, curationLog, dateHistogram, documentMarks, documentsHtml, landingHtml, markSentences, periodEnd, readerHtml } from './views.js';
import { createActorCombobox } from './combobox.js';
import { fileStem, toGraphML, toJsonExport } from './graph-formats.js';
import { MAX_NODES, createGraphView } from './graph-view.js';
import { NODE_KINDS } from './kinds.js';
import { SYMMETRIC_PREDICATES } from './ontology.generated.js';
import * as panels from './panels.js';
import { pathsToGraph } from './paths-graph.js';
import { escapeHtml } from './text.js';

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));

/**
 * @typedef {{id: string, name: string, type: string, aliases: string[], mentionCount: number, documentCount: number}} ActorCard
 */
/** The latest view asked for (navigation, Back, a click): an answer for an earlier one is dropped. */
const views = { ticket: 0 };

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
  showDrawing();
  hideCard('evidence');
  hideCard('paths');
  state.connection = undefined;
  const ticket = ++views.ticket;
  const hood = await attempt(`Drawing the neighborhood of ${actor.name}…`, 'Loading the neighborhood', async () => {
    let data;
    try {
      data = await graphql(NEIGHBORHOOD, { actor: actor.id, depth, limit });
    } catch (err) {
      if (err instanceof ApiError && err.kind === 'graphql' && /not found|no (actor|entity)/i.test(err.message)) return null;
      throw err;
    }
    if (ticket !== views.ticket) return undefined;
    if (!data.neighborhood) return null;
    setEmpty(false);
    await view.showNeighborhood(data.neighborhood);
    state.title = `${data.neighborhood.center.name} neighborhood`;
    return data.neighborhood;
  }, () => void exploreActor(actor, false));
  if (ticket !== views.ticket) return;
  if (hood === null) {
    view.clear();
    describeDrawing();
    showMessage(`<p><strong>No actor or place has the id “${escapeHtml(actor.id)}”.</strong></p><p>It may have been merged into another or deleted. Search for it by name above, or <a href="#">go to the start page</a>.</p>`, 'not-found');
    return;
  }
  if (!hood) return;
  describeDrawing();
  cyBox.dataset.center = hood.center.id;
  if (hood.truncated) note(`Showing the ${hood.nodes.length} closest nodes; raise “Up to” for more.`);
  void loadConfidence();
  await showActorDetails(hood.center.id);
}

// ---------------------------------------------------------------- messages and pages

/** A message in place of the drawing (nothing found, no path): never a blank canvas. */
function showMessage(/** @type {string} */ html, /** @type {string} */ kind) {
  $('empty').hidden = true;
  const box = $('message');
  box.innerHTML = html;
  box.dataset.kind = kind;
  box.hidden = false;
  cyBox.dataset.message = kind;
}

function hideMessage() {
  $('message').hidden = true;
  $('message').innerHTML = '';
  delete cyBox.dataset.message;
}

/** Shows a page (start page, documents, reader) over the drawing. */
function showPage(/** @type {string} */ html, /** @type {string} */ name) {
  hideMessage();
  const page = $('page');
  page.innerHTML = html;
  page.dataset.view = name;
  page.hidden = false;
  page.scrollTop = 0;
  document.body.dataset.view = name;
  for (const bar of page.querySelectorAll('.bar-fill')) /** @type {HTMLElement} */ (bar).style.height = `${/** @type {HTMLElement} */ (bar).dataset.h}%`;
}

function showDrawing() {
  hideMessage();
  $('page').hidden = true;
  document.body.dataset.view = 'drawing';
}

// ---------------------------------------------------------------- filters and confidence

function filters() {
  const dateOf = (/** @type {string} */ id) => {
    const v = /** @type {HTMLInputElement} */ ($(id)).value.trim();
    return /^\d{4}(-\d{2}){0,2}$/.test(v) ? v : '';
  };
  return { minConfidence: Number(/** @type {HTMLInputElement} */ ($('min-confidence')).value), from: dateOf('date-from'), to: dateOf('date-to') };
}

function applyFilters() {
  const f = filters();
  $('min-confidence-value').textContent = f.minConfidence.toFixed(2);
  if (view.cy.nodes().length === 0) return;
  const hidden = view.applyFilters(f);
  if (hidden.nodes + hidden.edges > 0) note(`Filters hide ${hidden.nodes} node${hidden.nodes === 1 ? '' : 's'} and ${hidden.edges} link${hidden.edges === 1 ? '' : 's'}.`);
  else if (!state.busy) statusBox.textContent = '';
}

/** Confidence of the drawn relations and events, asked in batches; the drawing shows it and the threshold uses it. */
async function loadConfidence() {
  const nodes = view.cy.nodes().filter((/** @type {any} */ n) => !n.data('members'));
  const entities = nodes.filter((/** @type {any} */ n) => n.data('kind') !== 'Event').map((/** @type {any} */ n) => n.id());
  const events = nodes.filter((/** @type {any} */ n) => n.data('kind') === 'Event').map((/** @type {any} */ n) => n.id());
  /** @type {Map<string, number>} */
  const relations = new Map();
  /** @type {Map<string, number>} */
  const eventConf = new Map();
  const BATCH = 20;
  try {
    for (let i = 0; i < Math.max(entities.length, events.length); i += BATCH) {
      const { query, variables } = confidenceQuery(entities.slice(i, i + BATCH), events.slice(i, i + BATCH));
      if (Object.keys(variables).length === 0) break;
      const data = await graphql(query, variables);
      for (const value of Object.values(data)) {
        if (!value) continue;
        for (const r of value.relations ?? []) if (r.confidence != null) relations.set(`${value.id}|${r.predicate}|${r.object.id}`, r.confidence);
        const confs = (value.evidence ?? []).map((/** @type {any} */ e) => e.confidence).filter((/** @type {any} */ c) => c != null);
        if (confs.length) eventConf.set(value.id, Math.max(...confs));
      }
    }
  } catch (err) {
    console.warn('[explorer] confidence not loaded:', err);
    return;
  }
  view.setConfidence(relations, eventConf);
  cyBox.dataset.confidence = 'loaded';
  applyFilters();
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
    hideCard('curation');
    return;
  }
  const actor = /** @type {ActorCard & {timeline: any[]}} */ (data.actor);
  if (cyBox.dataset.center === id) state.center = actor;
  showCard('details', panels.actorCard(actor, { canExpand }));
  $('details').dataset.id = id;
  listDrawnRelations(id);
  showCard('timeline', { title: `Timeline <span class="meta">${panels.kindBadge(actor.type)} ${escapeHtml(actor.name)}</span>`, body: panels.timeline(actor.timeline) });
  await showCuration(actor);
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
  if (node.data('members')) {
    await view.ungroup(id);
    describeDrawing();
    note(`${node.data('members').length} ${node.data('label').split(' × ')[1]} events shown one by one.`);
    void loadConfidence();
    return;
  }
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
    if (eventNode.data('members')) return nodeTapped(eventNode);
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
    (r.subject.id === subject && r.object.id === object) || (SYMMETRIC_PREDICATES.has(predicate) && r.subject.id === object && r.object.id === subject);
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
  showDrawing();
  hideCard('evidence');
  const ticket = ++views.ticket;
  const result = await attempt(`Looking for paths from ${from.name} to ${to.name}…`, 'Finding paths', async () => {
    const data = await graphql(CONNECTION, { from: from.id, to: to.id, maxHops, first: 5 });
    if (ticket !== views.ticket) return undefined;
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
  if (result.paths.length === 0) {
    showMessage(`<p><strong>No connection between ${escapeHtml(result.from.name)} and ${escapeHtml(result.to.name)} within ${maxHops} hops.</strong></p><p>Allow more hops (“Within”), or look at each one's own network: <button type="button" class="link" data-explore="${escapeHtml(result.from.id)}" data-name="${escapeHtml(result.from.name)}">${escapeHtml(result.from.name)}</button> · <button type="button" class="link" data-explore="${escapeHtml(result.to.id)}" data-name="${escapeHtml(result.to.name)}">${escapeHtml(result.to.name)}</button>.</p>`, 'no-path');
  }
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

/** A new view: a new entry in the browser's history (Back returns to the previous view). */
function setHash(/** @type {Record<string, string>} */ params) {
  const hash = new URLSearchParams(params).toString();
  if (location.hash.slice(1) !== hash) history.pushState(null, '', hash ? `#${hash}` : location.pathname + location.search);
}

/** Goes to a view: pushes it on the history, then shows it. */
function navigate(/** @type {Record<string, string>} */ params) {
  setHash(params);
  void fromHash();
}

async function fromHash() {
  const ticket = ++views.ticket;
  const current = () => ticket === views.ticket;
  const params = new URLSearchParams(location.hash.slice(1));
  const actor = params.get('actor');
  const from = params.get('from');
  const to = params.get('to');
  const doc = params.get('doc');
  if (doc) {
    await showDocument(doc, params.get('at'));
  } else if (params.has('docs')) {
    await showDocuments(params.get('docs') ?? '');
  } else if (from && to) {
    const names = await attempt('Loading…', 'Loading the actors', () => graphql(`query ExplorerPair($a: ID!, $b: ID!) { a: entity(id: $a) { id name type aliases mentionCount documentCount } b: entity(id: $b) { id name type aliases mentionCount documentCount } }`, { a: from, b: to }));
    if (!current()) return;
    if (names?.a && names?.b) {
      fromBox.set(names.a);
      toBox.set(names.b);
      await connect(names.a, names.b, false);
    } else if (names) {
      showDrawing();
      view.clear();
      const missing = [names.a ? undefined : from, names.b ? undefined : to].filter(Boolean).map((id) => `“${escapeHtml(id)}”`).join(' and ');
      showMessage(`<p><strong>No actor has the id ${missing}.</strong></p><p>Pick both ends again in Connect, or <a href="#">go to the start page</a>.</p>`, 'not-found');
    }
  } else if (actor) {
    const data = await attempt('Loading…', 'Loading the actor', () => graphql(ENTITY_CARD, { id: actor }));
    if (!current()) return;
    if (data?.entity) {
      /** @type {HTMLInputElement} */ ($('search')).value = data.entity.name;
      await exploreActor(data.entity, false);
    } else if (data) {
      showDrawing();
      view.clear();
      describeDrawing();
      for (const card of ['details', 'timeline', 'evidence', 'curation']) hideCard(card);
      showMessage(`<p><strong>No actor or place has the id “${escapeHtml(actor)}”.</strong></p><p>It may have been merged into another or deleted. Search for it by name above, or <a href="#">go to the start page</a>.</p>`, 'not-found');
    }
  } else {
    await showLanding();
  }
}

// ---------------------------------------------------------------- start page, documents, reader

async function showLanding() {
  const ticket = ++views.ticket;
  const data = await attempt('Loading the start page…', 'Loading the start page', async () => {
    const [landing, events] = await Promise.all([graphql(LANDING, {}), allEvents()]);
    return { landing, events };
  }, () => void showLanding());
  if (!data || ticket !== views.ticket) return;
  cyBox.dataset.center = '';
  const dated = data.events.filter((/** @type {any} */ e) => e.date).sort((/** @type {any} */ a, /** @type {any} */ b) => (a.date < b.date ? 1 : -1));
  showPage(
    landingHtml({
      stats: data.landing.stats,
      actors: data.landing.actors.nodes,
      events: dated.slice(0, 8),
      histogram: dateHistogram(data.events.map((/** @type {any} */ e) => e.date)),
      documents: data.landing.documents.nodes,
    }),
    'landing',
  );
  state.title = 'start';
}

/** Events for the start page, up to 500 (5 pages): enough for the histogram of a newsroom's graph, bounded for a big one. */
async function allEvents(/** @type {{from?: string, to?: string}} */ range = {}) {
  /** @type {any[]} */
  const events = [];
  let after = null;
  for (let page = 0; page < 5; page++) {
    const data = await graphql(EVENTS_PAGE, { ...range, first: 100, after });
    events.push(...data.events.nodes);
    if (!data.events.pageInfo.hasNextPage) break;
    after = data.events.pageInfo.endCursor;
  }
  return events;
}

async function showDocuments(/** @type {string} */ search) {
  const ticket = ++views.ticket;
  const data = await attempt('Loading the documents…', 'Loading the documents', () => graphql(DOCUMENTS, { search: search || null, first: 50 }), () => void showDocuments(search));
  if (!data || ticket !== views.ticket) return;
  cyBox.dataset.center = '';
  showPage(documentsHtml(search, data.documents), 'documents');
  $('doc-search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    navigate({ docs: /** @type {HTMLInputElement} */ ($('doc-search')).value.trim() });
  });
}

async function showDocument(/** @type {string} */ id, /** @type {string | null} */ at) {
  const ticket = ++views.ticket;
  const data = await attempt('Loading the document…', 'Loading the document', async () => {
    const [doc, rel] = await Promise.all([graphql(DOCUMENT, { id }), graphql(DOCUMENT_RELATIONS, { id })]);
    return { doc: doc.document, rel: rel.document };
  }, () => void showDocument(id, at));
  if (!data || ticket !== views.ticket) return;
  cyBox.dataset.center = '';
  if (!data.doc) {
    showPage(`<div class="reader" data-view="document"><h2>No document “${escapeHtml(id)}”</h2><p>It may have been deleted. <button type="button" class="link" data-docs="">See all documents</button>.</p></div>`, 'document');
    return;
  }
  const doc = data.doc;
  /** @type {Map<string, any>} */
  const relations = new Map();
  for (const de of data.rel?.entities ?? []) {
    for (const r of de.entity.relations ?? []) {
      for (const ev of r.evidence) {
        if (ev.document.id !== id) continue;
        const key = `${r.subject.id}|${r.predicate}|${r.object.id}`;
        if (!relations.has(key)) relations.set(key, { ...r, span: ev.span });
      }
    }
  }
  const marks = documentMarks('', 0, [], doc.events, [...relations.values()], id);
  // Entity names are found sentence by sentence (findNames works on plain text).
  const entityMarks = doc.sentences.flatMap((/** @type {any} */ s) =>
    documentMarks(s.text, s.start, doc.entities.map((/** @type {any} */ e) => ({ entity: e.entity, names: e.names })), [], [], id).map((m) => ({ ...m, start: m.start + s.start, end: m.end + s.start })),
  );
  const body = markSentences(doc.sentences, [...marks.filter((m) => m.kind === 'event'), ...entityMarks, ...marks.filter((m) => m.kind === 'relation')]);
  showPage(readerHtml(doc, body, [...relations.values()], { truncated: doc.sentences.length < doc.sentenceCount }), 'document');
  state.title = doc.title || doc.id;
  if (at !== null) {
    const sentence = $('page').querySelector(`.sentence[data-start="${CSS.escape(at)}"]`);
    if (sentence) {
      sentence.classList.add('focused');
      sentence.scrollIntoView({ block: 'center' });
    }
  }
}

// ---------------------------------------------------------------- curation

const curationState = { needsToken: false };

async function showCuration(/** @type {{id: string, name: string, aliases: string[]}} */ actor) {
  const data = await graphql(CURATIONS, { actor: actor.id, first: 20 }).catch(() => ({ curations: [] }));
  showCard('curation', { title: `Curation <span class="meta">${escapeHtml(actor.name)}</span>`, body: curationCard(actor, curationLog(data.curations), curationState) });
  $('curation').dataset.id = actor.id;
  const input = document.getElementById('merge-search');
  const list = document.getElementById('merge-results');
  if (input && list) {
    mergeBox = createActorCombobox({ input: /** @type {HTMLInputElement} */ (input), listbox: list, search: searchActors, onPick: () => undefined });
  }
}

/** @type {{value: any} | undefined} */
let mergeBox;

/** Runs a curation mutation; a missing or wrong token opens the token field instead of failing silently. */
async function curate(/** @type {string} */ doing, /** @type {string} */ query, /** @type {Record<string, unknown>} */ variables) {
  const done = loading(`${doing}…`);
  try {
    const data = await graphql(query, variables);
    done('ready');
    curationState.needsToken = false;
    return data;
  } catch (err) {
    done('error');
    if (err instanceof ApiError && (err.code === 'UNAUTHENTICATED' || err.code === 'FORBIDDEN')) {
      curationState.needsToken = true;
      showError(new Error('this server needs its API token for changes: enter it in the Curation card'), doing, undefined);
    } else {
      showError(err, doing, undefined);
    }
    return undefined;
  }
}

async function afterCuration(/** @type {string} */ actorId) {
  const data = await graphql(ACTOR_DETAILS, { id: actorId });
  if (data.actor) {
    if (state.mode === 'explore' && cyBox.dataset.center) await exploreActor(data.actor, cyBox.dataset.center !== actorId);
    else await showActorDetails(actorId);
  }
  note('Saved. The curation log below can undo it.');
}

$('curation').addEventListener('submit', async (e) => {
  e.preventDefault();
  const form = /** @type {HTMLFormElement} */ (e.target);
  const id = $('curation').dataset.id ?? '';
  const value = (/** @type {string} */ name) => /** @type {HTMLInputElement} */ (form.elements.namedItem(name)).value.trim();
  let result;
  if (form.dataset.form === 'token') {
    setApiToken(value('token'));
    curationState.needsToken = false;
    note('Token set for this tab. Try the change again.');
    const actor = (await graphql(ENTITY_CARD, { id })).entity;
    if (actor) await showCuration(actor);
    return;
  }
  if (form.dataset.form === 'rename') result = await curate('Renaming', UPDATE_ACTOR, { id, name: value('name') });
  else if (form.dataset.form === 'alias') result = await curate('Adding the alias', UPDATE_ACTOR, { id, addAliases: [value('alias')] });
  else if (form.dataset.form === 'merge') {
    const other = mergeBox?.value;
    if (!other || other.id === id) {
      note('Pick the duplicate from the suggestions first.');
      return;
    }
    result = await curate(`Merging ${other.name}`, MERGE_ACTORS, { into: id, from: [other.id] });
  }
  if (result) await afterCuration(id);
  else if (curationState.needsToken) {
    const actor = (await graphql(ENTITY_CARD, { id })).entity;
    if (actor) await showCuration(actor);
  }
});

$('curation').addEventListener('click', async (e) => {
  const button = /** @type {HTMLElement | null} */ (/** @type {HTMLElement} */ (e.target).closest('button'));
  if (!button) return;
  const id = $('curation').dataset.id ?? '';
  if (button.dataset.removeAlias) {
    const result = await curate('Removing the alias', UPDATE_ACTOR, { id, removeAliases: [button.dataset.removeAlias] });
    if (result) await afterCuration(id);
  } else if (button.dataset.undo) {
    const result = await curate('Undoing', UNDO_CURATION, { id: button.dataset.undo });
    if (result) await afterCuration(id);
  }
});

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
  if (!button || button.closest('#curation, #period')) return;
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
  } else if (button.dataset.doc) {
    navigate({ doc: button.dataset.doc, ...(button.dataset.at !== undefined && { at: button.dataset.at }) });
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

// Links and buttons on the pages (start page, documents, reader) and in messages, by their data-* attributes.
async function pageClicked(/** @type {MouseEvent} */ e) {
  const target = /** @type {HTMLElement} */ (e.target);
  const el = /** @type {HTMLElement | null} */ (target.closest('button, a, [role="button"]'));
  if (!el) return;
  const d = el.dataset;
  if (el.tagName === 'A' && el.getAttribute('href') === '#') {
    e.preventDefault();
    navigate({});
  } else if (d.eventOpen && d.explore) {
    /** @type {HTMLInputElement} */ ($('search')).value = d.name ?? '';
    await exploreActor({ id: d.explore, name: d.name ?? d.explore });
    view.focus(d.eventOpen);
    await showEventEvidence(d.eventOpen, {});
  } else if (d.eventOpen) {
    await showEventEvidence(d.eventOpen, {});
  } else if (d.explore || d.entity) {
    const id = /** @type {string} */ (d.explore ?? d.entity);
    /** @type {HTMLInputElement} */ ($('search')).value = d.name ?? '';
    await exploreActor({ id, name: d.name ?? id });
  } else if (d.event) {
    await showEventEvidence(d.event, {});
  } else if (d.subject && d.predicate && d.object) {
    await showRelationEvidence(d.subject, d.predicate, d.object);
  } else if (d.doc) {
    navigate({ doc: d.doc, ...(d.at !== undefined && { at: d.at }) });
  } else if (d.docs !== undefined) {
    navigate({ docs: d.docs });
  } else if (d.period) {
    await showPeriod(d.period);
  }
}
$('page').addEventListener('click', (e) => void pageClicked(e));
// The reader's marks are spans with role="button": Enter and Space press them, as they would a button.
$('page').addEventListener('keydown', (e) => {
  const el = /** @type {HTMLElement} */ (e.target);
  if ((e.key === 'Enter' || e.key === ' ') && el.getAttribute('role') === 'button') {
    e.preventDefault();
    el.click();
  }
});
$('message').addEventListener('click', (e) => void pageClicked(e));

/** A histogram bar: the period becomes the date filter, and its events are listed, each one click from its drawing. */
async function showPeriod(/** @type {string} */ key) {
  /** @type {HTMLInputElement} */ ($('date-from')).value = key;
  /** @type {HTMLInputElement} */ ($('date-to')).value = key;
  applyFilters();
  const events = await attempt('Loading the events…', 'Loading the events', () => allEvents({ from: `${key}${key.length === 4 ? '-01-01' : key.length === 7 ? '-01' : ''}`, to: periodEnd(key) }));
  if (!events) return;
  const items = events
    .map((/** @type {any} */ ev) => {
      const anchor = ev.participants.find((/** @type {any} */ p) => p.entity.type !== 'Place')?.entity;
      const who = ev.participants.slice(0, 3).map((/** @type {any} */ p) => escapeHtml(p.entity.name)).join(', ');
      return `<li><time>${escapeHtml(ev.date ?? '')}</time> <button type="button" class="link" data-event-open="${escapeHtml(ev.id)}"${anchor ? ` data-explore="${escapeHtml(anchor.id)}" data-name="${escapeHtml(anchor.name)}"` : ''}>${escapeHtml(ev.type)}</button> <span class="meta">${who}</span></li>`;
    })
    .join('');
  showCard('period', { title: `Events <span class="meta">${escapeHtml(key)} · ${events.length}</span>`, body: `<ol class="plain-list">${items || '<li class="meta">None.</li>'}</ol>` });
}
$('period').addEventListener('click', (e) => void pageClicked(e));

$('home').addEventListener('click', (e) => {
  e.preventDefault();
  navigate({});
});
$('open-documents').addEventListener('click', () => navigate({ docs: '' }));
window.addEventListener('popstate', () => void fromHash());
$('min-confidence').addEventListener('input', applyFilters);
for (const id of ['date-from', 'date-to']) $(id).addEventListener('change', applyFilters);
$('clear-filters').addEventListener('click', () => {
  /** @type {HTMLInputElement} */ ($('min-confidence')).value = '0';
  /** @type {HTMLInputElement} */ ($('date-from')).value = '';
  /** @type {HTMLInputElement} */ ($('date-to')).value = '';
  hideCard('period');
  applyFilters();
});

// For tests and for the curious: the drawing's state, and the actions the page performs.
Object.assign(window, { __explorer: { cy: view.cy, state, view, exploreActor, connect, showActorDetails, navigate } });

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
