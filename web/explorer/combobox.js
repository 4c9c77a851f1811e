// An actor search box following the WAI-ARIA combobox pattern: typing
// searches (debounced, older requests aborted), arrow keys move through the
// matches, Enter picks, Escape closes.

import { escapeHtml } from './text.js';

const DEBOUNCE_MS = 220;

/**
 * @typedef {{id: string, name: string, type: string, mentionCount: number, documentCount: number, aliases?: string[]}} ActorHit
 * @typedef {{id: string, name: string}} ActorChoice What a box holds once an actor is picked or set.
 * @param {{
 *   input: HTMLInputElement,
 *   listbox: HTMLElement,
 *   search: (text: string, signal: AbortSignal) => Promise<ActorHit[]>,
 *   onPick: (actor: ActorHit) => void,
 * }} opts
 */
export function createActorCombobox({ input, listbox, search, onPick }) {
  /** @type {ActorHit[]} */
  let hits = [];
  let active = -1;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  /** @type {AbortController | undefined} */
  let inflight;
  /** @type {ActorChoice | undefined} */
  let picked;
  /** Enter was pressed before the matches arrived: take the best one when they do. */
  let pickWhenReady = false;

  const open = () => {
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const note = (/** @type {string} */ text, /** @type {string} */ cls) => {
    hits = [];
    active = -1;
    listbox.innerHTML = `<li class="${cls}" role="presentation">${escapeHtml(text)}</li>`;
    open();
  };

  const render = () => {
    listbox.innerHTML = hits
      .map(
        (a, i) => `<li role="option" id="${listbox.id}-${i}" data-index="${i}" data-id="${escapeHtml(a.id)}" aria-selected="${i === active}">
          <span class="badge kind-${escapeHtml(a.type)}">${escapeHtml(a.type)}</span>
          <span class="name">${escapeHtml(a.name)}</span>
          <span class="count" title="${a.mentionCount} mentions in ${a.documentCount} documents">${a.mentionCount} mention${a.mentionCount === 1 ? '' : 's'}</span>
        </li>`,
      )
      .join('');
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', `${listbox.id}-${active}`);
      listbox.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
    open();
  };

  const runSearch = async (/** @type {string} */ text) => {
    inflight?.abort();
    const controller = new AbortController();
    inflight = controller;
    input.setAttribute('aria-busy', 'true');
    note('Searching…', 'note');
    try {
      const found = await search(text, controller.signal);
      if (controller.signal.aborted) return;
      hits = found;
      active = -1;
      if (hits.length === 0) note(`No actor matches “${text}”.`, 'note');
      else if (pickWhenReady) pick(0);
      else render();
      pickWhenReady = false;
    } catch (err) {
      if (controller.signal.aborted) return;
      note(`Search failed: ${/** @type {Error} */ (err).message}`, 'error');
    } finally {
      if (inflight === controller) {
        input.removeAttribute('aria-busy');
        inflight = undefined;
      }
    }
  };

  const pick = (/** @type {number} */ index) => {
    const actor = hits[index];
    if (!actor) return;
    picked = actor;
    input.value = actor.name;
    close();
    onPick(actor);
  };

  input.addEventListener('input', () => {
    picked = undefined;
    pickWhenReady = false;
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) {
      inflight?.abort();
      input.removeAttribute('aria-busy');
      close();
      return;
    }
    timer = setTimeout(() => void runSearch(text), DEBOUNCE_MS);
  });

  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (hits.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      active = active < 0 ? (step > 0 ? 0 : hits.length - 1) : (active + step + hits.length) % hits.length;
      render();
    } else if (e.key === 'Enter') {
      // Enter inside the box never submits the surrounding form.
      e.preventDefault();
      if (!listbox.hidden && hits.length > 0) {
        pick(active >= 0 ? active : 0);
      } else if (!picked && input.value.trim().length >= 2) {
        // Typed fast and pressed Enter: search now instead of after the debounce.
        clearTimeout(timer);
        pickWhenReady = true;
        void runSearch(input.value.trim());
      }
    } else if (e.key === 'Escape') {
      if (!listbox.hidden) {
        e.preventDefault();
        close();
      }
    } else if (e.key === 'Tab') {
      close();
    }
  });

  // mousedown, not click: the input keeps the focus and the pick happens before blur closes the list.
  listbox.addEventListener('mousedown', (e) => {
    const li = /** @type {HTMLElement | null} */ (/** @type {HTMLElement} */ (e.target).closest('[role="option"]'));
    if (!li) return;
    e.preventDefault();
    pick(Number(li.dataset.index));
  });

  input.addEventListener('blur', () => setTimeout(close, 120));

  return {
    /** The actor last picked, while the text still is its name. */
    get value() {
      return picked;
    },
    /** Shows an actor as chosen without searching (connect mode pre-fills "from"). */
    set(/** @type {ActorChoice | undefined} */ actor) {
      picked = actor;
      input.value = actor?.name ?? '';
      close();
    },
  };
}
