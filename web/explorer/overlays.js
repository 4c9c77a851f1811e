// What covers the drawing: the empty-state hint, a message in place of the
// drawing (nothing found, no path), and the pages (start page, documents,
// reader). `#cy` and <body> carry which one shows, for CSS and tests.

import { byId } from './dom.js';

const cyBox = byId('cy');

/** The hint shown before anything is drawn. */
export function setEmpty(/** @type {boolean} */ empty) {
  byId('empty').hidden = !empty;
  cyBox.dataset.drawn = empty ? 'false' : 'true';
}

/** A message in place of the drawing (nothing found, no path): never a blank canvas. */
export function showMessage(/** @type {string} */ html, /** @type {string} */ kind) {
  byId('empty').hidden = true;
  const box = byId('message');
  box.innerHTML = html;
  box.dataset.kind = kind;
  box.hidden = false;
  cyBox.dataset.message = kind;
}

export function hideMessage() {
  const box = byId('message');
  box.hidden = true;
  box.innerHTML = '';
  delete cyBox.dataset.message;
}

/** Shows a page (start page, documents, reader) over the drawing. */
export function showPage(/** @type {string} */ html, /** @type {string} */ name) {
  hideMessage();
  const page = byId('page');
  page.innerHTML = html;
  page.dataset.view = name;
  page.hidden = false;
  page.scrollTop = 0;
  document.body.dataset.view = name;
  for (const bar of page.querySelectorAll('.bar-fill')) {
    if (bar instanceof HTMLElement) bar.style.height = `${bar.dataset.h}%`;
  }
}

/** Takes the page and any message away: the drawing shows. */
export function showDrawing() {
  hideMessage();
  byId('page').hidden = true;
  document.body.dataset.view = 'drawing';
}
