// "Export the current view": what is drawn as JSON, GraphML or a PNG image,
// downloaded under a file name made from the view's title.

import { view } from './drawing.js';
import { fileStem, toGraphML, toJsonExport } from './graph-formats.js';
import { state } from './state.js';
import { note } from './status.js';

/** Hands a blob to the browser as a download. */
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

export function exportAs(/** @type {'json' | 'graphml' | 'png'} */ format) {
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
