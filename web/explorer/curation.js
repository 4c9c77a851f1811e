// The curation card: rename an actor, add or remove an alias, merge a
// duplicate into it, undo a change. Changes need the server's API token when
// it has one; a refused change opens the token field instead of failing silently.

import { ACTOR_DETAILS, ApiError, CURATIONS, ENTITY_CARD, MERGE_ACTORS, UNDO_CURATION, UPDATE_ACTOR, graphql, searchActors, setApiToken } from './api.js';
import { showCard } from './cards.js';
import { createActorCombobox } from './combobox.js';
import { byId, closestTo } from './dom.js';
import { cyBox } from './drawing.js';
import { exploreActor, showActorDetails } from './explore.js';
import { state } from './state.js';
import { loading, note, showError } from './status.js';
import { escapeHtml } from './text.js';
import { curationCard, curationLog } from './views.js';

/** @typedef {{id: string, name: string, aliases: string[]}} CuratedActor */

const curationState = { needsToken: false };

/** @type {ReturnType<typeof createActorCombobox> | undefined} The search box of the duplicate to merge. */
let mergeBox;

/** Shows the curation card of an actor, with its log. */
export async function curationCardOf(/** @type {CuratedActor} */ actor) {
  const data = await graphql(CURATIONS, { actor: actor.id, first: 20 }).catch(() => ({ curations: [] }));
  showCard('curation', { title: `Curation <span class="meta">${escapeHtml(actor.name)}</span>`, body: curationCard(actor, curationLog(data.curations), curationState) });
  byId('curation').dataset.id = actor.id;
  const input = document.getElementById('merge-search');
  const list = document.getElementById('merge-results');
  if (input instanceof HTMLInputElement && list) {
    mergeBox = createActorCombobox({ input, listbox: list, search: searchActors, onPick: () => undefined });
  }
}

/** Shows the card of an actor again, as it is now. */
async function refreshCard(/** @type {string} */ id) {
  const actor = (await graphql(ENTITY_CARD, { id })).entity;
  if (actor) await curationCardOf(actor);
}

/**
 * Runs a curation mutation; a missing or wrong token opens the token field instead of failing silently.
 * @template V, R
 * @param {string} doing @param {import('./api.js').Operation<V, R>} query @param {V} variables
 * @returns {Promise<R | undefined>}
 */
async function curate(doing, query, variables) {
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

/** After a change: the drawing and the cards show the actor as it now is. */
async function afterCuration(/** @type {string} */ actorId) {
  const data = await graphql(ACTOR_DETAILS, { id: actorId });
  if (data.actor) {
    if (state.mode === 'explore' && cyBox.dataset.center) await exploreActor(data.actor, cyBox.dataset.center !== actorId);
    else await showActorDetails(actorId);
  }
  note('Saved. The curation log below can undo it.');
}

/** The card's forms (token, rename, alias, merge) and buttons (remove an alias, undo). */
export function wireCuration() {
  const card = byId('curation');
  card.addEventListener('submit', async (e) => {
    e.preventDefault();
    const form = e.target;
    if (!(form instanceof HTMLFormElement)) return;
    const id = card.dataset.id ?? '';
    const value = (/** @type {string} */ name) => {
      const field = form.elements.namedItem(name);
      return field instanceof HTMLInputElement ? field.value.trim() : '';
    };
    let result;
    if (form.dataset.form === 'token') {
      setApiToken(value('token'));
      curationState.needsToken = false;
      note('Token set for this tab. Try the change again.');
      await refreshCard(id);
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
    else if (curationState.needsToken) await refreshCard(id);
  });

  card.addEventListener('click', async (e) => {
    const button = closestTo(e, 'button');
    if (!button) return;
    const id = card.dataset.id ?? '';
    if (button.dataset.removeAlias) {
      const result = await curate('Removing the alias', UPDATE_ACTOR, { id, removeAliases: [button.dataset.removeAlias] });
      if (result) await afterCuration(id);
    } else if (button.dataset.undo) {
      const result = await curate('Undoing', UNDO_CURATION, { id: button.dataset.undo });
      if (result) await afterCuration(id);
    }
  });
}
