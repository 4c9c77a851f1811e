// The status line and the alert over the drawing: loading messages, notes,
// errors with Retry, and `attempt`, which runs one step of work with both.
// `#cy`'s data-status (loading/ready/error) follows them, for tests.

import { ApiError } from './api.js';
import { byId } from './dom.js';

const cyBox = byId('cy');
const statusBox = byId('status');
const alertBox = byId('alert');

/** Requests in flight, for the loading state. */
let busy = 0;

/** Whether a request is in flight (a note then waits: the loading message stays). */
export function isBusy() {
  return busy > 0;
}

/**
 * Shows a loading message until the returned function is called.
 * @param {string} message
 * @returns {(outcome?: 'ready' | 'error') => void}
 */
export function loading(message) {
  busy++;
  cyBox.dataset.status = 'loading';
  statusBox.textContent = message;
  statusBox.classList.add('busy');
  return (outcome = 'ready') => {
    busy = Math.max(0, busy - 1);
    if (busy === 0) {
      statusBox.textContent = '';
      statusBox.classList.remove('busy');
      cyBox.dataset.status = outcome;
    }
  };
}

/** A one-line note in the status line, unless something is loading. */
export function note(/** @type {string} */ message) {
  if (busy > 0) return;
  statusBox.textContent = message;
  statusBox.classList.remove('busy');
}

/** Clears the status line, unless something is loading. */
export function clearNote() {
  if (busy === 0) statusBox.textContent = '';
}

/**
 * Shows what failed in the alert, with Retry when given, and Dismiss.
 * @param {unknown} err @param {string} doing @param {(() => void) | undefined} retry
 */
export function showError(err, doing, retry) {
  const message =
    err instanceof ApiError && err.kind === 'network'
      ? 'Cannot reach the API at /graphql. Is the actorgraph server running?'
      : `${doing} failed: ${err instanceof Error ? err.message : String(err)}`;
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

export function hideError() {
  alertBox.hidden = true;
  alertBox.innerHTML = '';
}

/**
 * Runs one step of work with loading and error states; resolves to undefined when it failed.
 * @template T
 * @param {string} message @param {string} doing @param {() => Promise<T>} work @param {() => void} [retry]
 * @returns {Promise<T | undefined>}
 */
export async function attempt(message, doing, work, retry) {
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
