// The explorer page's entry point: wires the controls of index.html to the
// parts that do the work, then shows the view the URL names. Each part has
// one job (see README.md): status.js, cards.js, overlays.js, drawing.js,
// explore.js, connect.js, evidence.js, filters.js, curation.js, pages.js,
// router.js, exports.js.

import { graphql, searchActors } from './api.js';
import { hideCard } from './cards.js';
import { createActorCombobox } from './combobox.js';
import { connect, fromBox, setMode, toBox } from './connect.js';
import { wireCuration } from './curation.js';
import { byId, closestTo, inputById } from './dom.js';
import { describeDrawing, drawnLabel, view } from './drawing.js';
import { showEventEvidence, showRelationEvidence, showStepEvidence } from './evidence.js';
import { edgeTapped, expandNode, exploreActor, showActorDetails } from './explore.js';
import { exportAs } from './exports.js';
import { applyFilters, clearFilters } from './filters.js';
import { setEmpty } from './overlays.js';
import { showPeriod } from './pages.js';
import { fromHash, navigate } from './router.js';
import { state } from './state.js';
import { note, showError } from './status.js';

// ---------------------------------------------------------------- top bar

createActorCombobox({
  input: inputById('search'),
  listbox: byId('search-results'),
  search: searchActors,
  onPick: (actor) => void exploreActor(actor),
});

byId('explore-bar').addEventListener('submit', (e) => e.preventDefault());
byId('connect-bar').addEventListener('submit', (e) => {
  e.preventDefault();
  const from = fromBox.value;
  const to = toBox.value;
  if (!from || !to) {
    note('Pick both actors from the suggestions first.');
    (from ? byId('connect-to') : byId('connect-from')).focus();
    return;
  }
  void connect(from, to);
});
for (const select of ['depth', 'limit']) {
  byId(select).addEventListener('change', () => {
    if (state.center && state.mode === 'explore') void exploreActor(state.center);
  });
}
byId('mode-explore').addEventListener('click', () => setMode('explore', true));
byId('mode-connect').addEventListener('click', () => setMode('connect', true));
// Arrow keys move between the two mode tabs, as tablists do.
byId('mode-explore').parentElement?.addEventListener('keydown', (e) => {
  if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
  setMode(state.mode === 'explore' ? 'connect' : 'explore', false);
  byId(state.mode === 'explore' ? 'mode-explore' : 'mode-connect').focus();
});
byId('fit').addEventListener('click', () => view.cy.fit(undefined, 40));
byId('relayout').addEventListener('click', () => void view.relayout());
byId('export-json').addEventListener('click', () => exportAs('json'));
byId('export-graphml').addEventListener('click', () => exportAs('graphml'));
byId('export-png').addEventListener('click', () => exportAs('png'));

byId('home').addEventListener('click', (e) => {
  e.preventDefault();
  navigate({});
});
byId('open-documents').addEventListener('click', () => navigate({ docs: '' }));
window.addEventListener('popstate', () => void fromHash());
byId('min-confidence').addEventListener('input', applyFilters);
for (const id of ['date-from', 'date-to']) byId(id).addEventListener('change', applyFilters);
byId('clear-filters').addEventListener('click', () => {
  hideCard('period');
  clearFilters();
});

// ---------------------------------------------------------------- side panel

// Buttons inside the panel (rendered as HTML) are handled here, by their data-* attributes.
document.querySelector('.panel')?.addEventListener('click', (e) => {
  const button = closestTo(e, 'button');
  if (!button || button.closest('#curation, #period')) return;
  const detailsId = byId('details').dataset.id ?? '';
  const action = button.dataset.action;
  if (action === 'center') {
    void exploreActor({ id: detailsId, name: drawnLabel(detailsId) });
  } else if (action === 'expand') {
    void expandNode(detailsId, drawnLabel(detailsId)).then(() => showActorDetails(detailsId));
  } else if (action === 'connect-from') {
    fromBox.set({ id: detailsId, name: drawnLabel(detailsId) });
    setMode('connect', true);
  } else if (button.dataset.doc) {
    navigate({ doc: button.dataset.doc, ...(button.dataset.at !== undefined && { at: button.dataset.at }) });
  } else if (button.dataset.edge) {
    const edge = view.cy.getElementById(button.dataset.edge);
    if (edge.nonempty() && edge.isEdge()) void edgeTapped(edge);
  } else if (button.dataset.event) {
    view.focus(button.dataset.event);
    void showEventEvidence(button.dataset.event, {});
  } else if (button.dataset.path !== undefined && button.dataset.step !== undefined) {
    const pi = Number(button.dataset.path);
    const si = Number(button.dataset.step);
    const edge = view.cy.edges().filter((x) => x.data('step')?.path === pi && x.data('step')?.step === si).first();
    if (edge.nonempty()) view.focus(edge.id());
    showStepEvidence(pi, si);
  }
});
wireCuration();

// ---------------------------------------------------------------- pages and messages

/** Links and buttons on the pages (start page, documents, reader) and in messages, by their data-* attributes. */
async function pageClicked(/** @type {MouseEvent} */ e) {
  const el = closestTo(e, 'button, a, [role="button"]');
  if (!el) return;
  const d = el.dataset;
  if (el.tagName === 'A' && el.getAttribute('href') === '#') {
    e.preventDefault();
    navigate({});
  } else if (d.eventOpen && d.explore) {
    inputById('search').value = d.name ?? '';
    await exploreActor({ id: d.explore, name: d.name ?? d.explore });
    view.focus(d.eventOpen);
    await showEventEvidence(d.eventOpen, {});
  } else if (d.eventOpen) {
    await showEventEvidence(d.eventOpen, {});
  } else if (d.explore || d.entity) {
    const id = /** @type {string} */ (d.explore ?? d.entity);
    inputById('search').value = d.name ?? '';
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
byId('page').addEventListener('click', (e) => void pageClicked(e));
// The reader's marks are spans with role="button": Enter and Space press them, as they would a button.
byId('page').addEventListener('keydown', (e) => {
  const el = e.target;
  if ((e.key === 'Enter' || e.key === ' ') && el instanceof HTMLElement && el.getAttribute('role') === 'button') {
    e.preventDefault();
    el.click();
  }
});
byId('message').addEventListener('click', (e) => void pageClicked(e));
byId('period').addEventListener('click', (e) => void pageClicked(e));

// ---------------------------------------------------------------- start

// For tests and for the curious: the drawing's state, and the actions the page performs.
Object.assign(window, { __explorer: { cy: view.cy, state, view, exploreActor, connect, showActorDetails, navigate } });

/** A first round trip tells at once whether the API answers, before anyone types. */
async function probe() {
  try {
    await graphql(/** @type {import('./api.js').Operation<{}, {__typename: string}>} */ ('query ExplorerProbe { __typename }'), {});
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
