// Connect mode: the two actor boxes, the paths between two actors drawn left
// to right, and switching between the Explore and Connect tabs.

import { CONNECTION, graphql, searchActors } from './api.js';
import { hideCard, showCard } from './cards.js';
import { createActorCombobox } from './combobox.js';
import { byId, inputById, selectById } from './dom.js';
import { cyBox, describeDrawing, view } from './drawing.js';
import { showActorDetails } from './explore.js';
import { setEmpty, showDrawing, showMessage } from './overlays.js';
import * as panels from './panels.js';
import { pathsToGraph } from './paths-graph.js';
import { setHash } from './router.js';
import { state, tickets } from './state.js';
import { attempt } from './status.js';
import { escapeHtml } from './text.js';

export const fromBox = createActorCombobox({
  input: inputById('connect-from'),
  listbox: byId('connect-from-results'),
  search: searchActors,
  onPick: () => (toBox.value ? undefined : byId('connect-to').focus()),
});

export const toBox = createActorCombobox({
  input: inputById('connect-to'),
  listbox: byId('connect-to-results'),
  search: searchActors,
  onPick: () => byId('connect-go').focus(),
});

/** A link that draws one actor's neighborhood. */
const exploreLink = (/** @type {{id: string, name: string}} */ a) =>
  `<button type="button" class="link" data-explore="${escapeHtml(a.id)}" data-name="${escapeHtml(a.name)}">${escapeHtml(a.name)}</button>`;

/** Draws the shortest paths between two actors, and lists them in the panel. */
export async function connect(/** @type {{id: string, name: string}} */ from, /** @type {{id: string, name: string}} */ to, pushHash = true) {
  const maxHops = Number(selectById('max-hops').value);
  setMode('connect', false);
  if (pushHash) setHash({ from: from.id, to: to.id });
  showDrawing();
  hideCard('evidence');
  const ticket = ++tickets.view;
  const result = await attempt(`Looking for paths from ${from.name} to ${to.name}…`, 'Finding paths', async () => {
    const data = await graphql(CONNECTION, { from: from.id, to: to.id, maxHops, first: 5 });
    if (ticket !== tickets.view) return undefined;
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
    showMessage(`<p><strong>No connection between ${escapeHtml(result.from.name)} and ${escapeHtml(result.to.name)} within ${maxHops} hops.</strong></p><p>Allow more hops (“Within”), or look at each one's own network: ${exploreLink(result.from)} · ${exploreLink(result.to)}.</p>`, 'no-path');
  }
  hideCard('timeline');
  await showActorDetails(from.id);
}

/** Switches between the Explore and Connect tabs; `focus` moves the keyboard focus into the chosen bar. */
export function setMode(/** @type {'explore' | 'connect'} */ mode, /** @type {boolean} */ focus) {
  state.mode = mode;
  for (const [tab, selected] of /** @type {const} */ ([['mode-explore', mode === 'explore'], ['mode-connect', mode === 'connect']])) {
    byId(tab).setAttribute('aria-selected', String(selected));
    // Roving tabindex: Tab reaches the selected tab only, arrow keys switch.
    byId(tab).tabIndex = selected ? 0 : -1;
  }
  byId('explore-bar').hidden = mode !== 'explore';
  byId('connect-bar').hidden = mode !== 'connect';
  document.body.dataset.mode = mode;
  if (mode === 'connect' && !fromBox.value && state.center) fromBox.set(state.center);
  if (focus) (mode === 'explore' ? byId('search') : fromBox.value ? byId('connect-to') : byId('connect-from')).focus();
}
