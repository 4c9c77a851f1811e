// The side panel's cards (details, evidence, timeline, paths, period,
// curation): each is a <section id> with `-title` and `-body` parts in index.html.

import { byId } from './dom.js';

/** @typedef {{title: string, body: string}} CardContent HTML of a card's title and body. */

/** @param {string} id @param {CardContent} content */
export function showCard(id, content) {
  byId(`${id}-title`).innerHTML = content.title;
  byId(`${id}-body`).innerHTML = content.body;
  byId(id).hidden = false;
}

export function hideCard(/** @type {string} */ id) {
  byId(id).hidden = true;
  byId(`${id}-body`).innerHTML = '';
}

/** The evidence card, scrolled into view: it answers a click. */
export function showEvidence(/** @type {CardContent} */ content) {
  showCard('evidence', content);
  byId('evidence').scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}
