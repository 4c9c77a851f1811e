// The filter bar (minimum confidence, event date range) and the confidences
// it needs, which the API gives per relation and per evidence, not per drawn edge.

import { confidenceQuery, graphql } from './api.js';
import { cyBox, view } from './drawing.js';
import { byId, inputById } from './dom.js';
import { clearNote, note } from './status.js';

/** A partial ISO date as typed, or '' when it is not one. */
function dateOf(/** @type {string} */ id) {
  const v = inputById(id).value.trim();
  return /^\d{4}(-\d{2}){0,2}$/.test(v) ? v : '';
}

/** The filters as set in the bar. */
export function filters() {
  return { minConfidence: Number(inputById('min-confidence').value), from: dateOf('date-from'), to: dateOf('date-to') };
}

/** Hides what the filters leave out, and says how much that is. */
export function applyFilters() {
  const f = filters();
  byId('min-confidence-value').textContent = f.minConfidence.toFixed(2);
  if (view.cy.nodes().length === 0) return;
  const hidden = view.applyFilters(f);
  if (hidden.nodes + hidden.edges > 0) note(`Filters hide ${hidden.nodes} node${hidden.nodes === 1 ? '' : 's'} and ${hidden.edges} link${hidden.edges === 1 ? '' : 's'}.`);
  else clearNote();
}

/** Sets the event date range (a histogram bar's period) and applies it. */
export function setDateRange(/** @type {string} */ from, /** @type {string} */ to) {
  inputById('date-from').value = from;
  inputById('date-to').value = to;
  applyFilters();
}

export function clearFilters() {
  inputById('min-confidence').value = '0';
  setDateRange('', '');
}

/** Confidence of the drawn relations and events, asked in batches; the drawing shows it and the threshold uses it. */
export async function loadConfidence() {
  const nodes = view.cy.nodes().filter((n) => !n.data('members'));
  const entities = nodes.filter((n) => n.data('kind') !== 'Event').map((n) => n.id());
  const events = nodes.filter((n) => n.data('kind') === 'Event').map((n) => n.id());
  /** @type {Map<string, number>} */
  const relations = new Map();
  /** @type {Map<string, number>} */
  const eventConf = new Map();
  // One aliased field per node, and the API takes at most 20 aliases a request (src/api/armor.ts).
  const BATCH = 20;
  const wanted = [...entities.map((id) => ({ id, event: false })), ...events.map((id) => ({ id, event: true }))];
  try {
    for (let i = 0; i < wanted.length; i += BATCH) {
      const batch = wanted.slice(i, i + BATCH);
      const { query, variables } = confidenceQuery(
        batch.filter((w) => !w.event).map((w) => w.id),
        batch.filter((w) => w.event).map((w) => w.id),
      );
      const data = await graphql(query, variables);
      for (const value of Object.values(data)) {
        if (!value) continue;
        for (const r of value.relations ?? []) if (r.confidence != null) relations.set(`${value.id}|${r.predicate}|${r.object.id}`, r.confidence);
        const confs = (value.evidence ?? []).map((e) => e.confidence).filter((c) => typeof c === 'number');
        if (confs.length) eventConf.set(value.id, Math.max(...confs));
      }
    }
  } catch (err) {
    console.warn('[explorer] confidence not loaded:', err);
    return;
  }
  view.setConfidence(relations, eventConf);
  cyBox.dataset.confidence = 'loaded';
  applyFilters();
}
