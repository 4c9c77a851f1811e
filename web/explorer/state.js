// What the page is showing, shared by its parts, and the tickets that let a
// slow answer to an earlier request be dropped when a newer one was made.

/**
 * @typedef {import('./api.js').ActorCard} ActorCard
 * @typedef {import('./api.js').Connection} Connection
 */

export const state = {
  /** @type {'explore' | 'connect'} */
  mode: 'explore',
  /** @type {ActorCard | undefined} The actor the drawing is centered on. */
  center: undefined,
  /** Title of what is drawn, for export file names. */
  title: '',
  /** @type {Connection | undefined} The last connection result, for step evidence. */
  connection: undefined,
};

/**
 * Counters of the latest request of each kind: `view` for what the page
 * shows (navigation, Back, a click), `details` and `evidence` for the panel.
 * An answer whose ticket is no longer the latest is dropped.
 */
export const tickets = { view: 0, details: 0, evidence: 0 };
