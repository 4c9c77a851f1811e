// Views live in the URL hash (routes.js), pushed on the browser's history, so
// Back and Forward walk through views and any view can be linked to.

import { ENTITY_CARD, graphql } from './api.js';
import { hideCard } from './cards.js';
import { connect, fromBox, toBox } from './connect.js';
import { inputById } from './dom.js';
import { describeDrawing, view } from './drawing.js';
import { exploreActor, notFoundHtml } from './explore.js';
import { showDrawing, showMessage } from './overlays.js';
import { showDocument, showDocuments, showLanding } from './pages.js';
import { parseHash } from './routes.js';
import { tickets } from './state.js';
import { attempt } from './status.js';
import { escapeHtml } from './text.js';

/** @typedef {import('./api.js').ActorCard} ActorCard */

/** A new view: a new entry in the browser's history (Back returns to the previous view). */
export function setHash(/** @type {Record<string, string>} */ params) {
  const hash = new URLSearchParams(params).toString();
  if (location.hash.slice(1) !== hash) history.pushState(null, '', hash ? `#${hash}` : location.pathname + location.search);
}

/** Goes to a view: pushes it on the history, then shows it. */
export function navigate(/** @type {Record<string, string>} */ params) {
  setHash(params);
  void fromHash();
}

/** @type {import('./api.js').Operation<{a: string, b: string}, {a: ActorCard | null, b: ActorCard | null}>} */
const ENDS = `query ExplorerPair($a: ID!, $b: ID!) { a: entity(id: $a) { id name type aliases mentionCount documentCount } b: entity(id: $b) { id name type aliases mentionCount documentCount } }`;

/** Shows the view the current hash names. */
export async function fromHash() {
  const ticket = ++tickets.view;
  const current = () => ticket === tickets.view;
  const route = parseHash(location.hash);
  if (route.name === 'document') {
    await showDocument(route.id, route.at);
  } else if (route.name === 'documents') {
    await showDocuments(route.search);
  } else if (route.name === 'connect') {
    const { from, to } = route;
    const names = await attempt('Loading…', 'Loading the actors', () => graphql(ENDS, { a: from, b: to }));
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
  } else if (route.name === 'actor') {
    const data = await attempt('Loading…', 'Loading the actor', () => graphql(ENTITY_CARD, { id: route.id }));
    if (!current()) return;
    if (data?.entity) {
      inputById('search').value = data.entity.name;
      await exploreActor(data.entity, false);
    } else if (data) {
      showDrawing();
      view.clear();
      describeDrawing();
      for (const card of ['details', 'timeline', 'evidence', 'curation']) hideCard(card);
      showMessage(notFoundHtml(route.id), 'not-found');
    }
  } else {
    await showLanding();
  }
}
