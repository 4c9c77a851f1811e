// The pages shown over the drawing: the start page (what the graph holds,
// with a date histogram of its events), the documents list, and the reader
// of one document with what was extracted from it marked in its text.
// Also the events of one histogram period, listed in the panel.

import { DOCUMENT, DOCUMENT_RELATIONS, DOCUMENTS, EVENTS_PAGE, LANDING, graphql } from './api.js';
import { showCard } from './cards.js';
import { byId, inputById } from './dom.js';
import { cyBox } from './drawing.js';
import { setDateRange } from './filters.js';
import { showPage } from './overlays.js';
import { navigate } from './router.js';
import { state, tickets } from './state.js';
import { attempt } from './status.js';
import { escapeHtml } from './text.js';
import { dateHistogram, documentMarks, eventAnchor, documentsHtml, landingHtml, markSentences, periodEnd, readerHtml } from './views.js';

/**
 * @typedef {{id: string, type: string, date?: string | null, participants: Array<{entity: {id: string, name: string, type: string}}>}} EventItem
 * @typedef {{text: string, start: number, end: number}} Sentence
 * @typedef {{start: number, end: number}} Span
 * @typedef {{predicate: string, subject: {id: string, name: string}, object: {id: string, name: string}}} DocumentRelation
 */

export async function showLanding() {
  const ticket = ++tickets.view;
  const data = await attempt('Loading the start page…', 'Loading the start page', async () => {
    const [landing, events] = await Promise.all([graphql(LANDING, {}), allEvents()]);
    return { landing, events };
  }, () => void showLanding());
  if (!data || ticket !== tickets.view) return;
  cyBox.dataset.center = '';
  const dated = data.events.filter((e) => e.date).sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? 1 : -1));
  showPage(
    landingHtml({
      stats: data.landing.stats,
      actors: data.landing.actors.nodes,
      events: dated.slice(0, 8),
      histogram: dateHistogram(data.events.map((e) => e.date)),
      documents: data.landing.documents.nodes,
    }),
    'landing',
  );
  state.title = 'start';
}

/**
 * Events for the start page, up to 500 (5 pages): enough for the histogram of a newsroom's graph, bounded for a big one.
 * @param {{from?: string, to?: string}} [range]
 * @returns {Promise<EventItem[]>}
 */
async function allEvents(range = {}) {
  /** @type {EventItem[]} */
  const events = [];
  /** @type {string | null} */
  let after = null;
  for (let page = 0; page < 5; page++) {
    /** @type {import('./api.js').AnswerOf<typeof EVENTS_PAGE>} */
    const data = await graphql(EVENTS_PAGE, { ...range, first: 100, after });
    events.push(...data.events.nodes);
    if (!data.events.pageInfo.hasNextPage) break;
    after = data.events.pageInfo.endCursor;
  }
  return events;
}

export async function showDocuments(/** @type {string} */ search) {
  const ticket = ++tickets.view;
  const data = await attempt('Loading the documents…', 'Loading the documents', () => graphql(DOCUMENTS, { search: search || null, first: 50 }), () => void showDocuments(search));
  if (!data || ticket !== tickets.view) return;
  cyBox.dataset.center = '';
  showPage(documentsHtml(search, data.documents), 'documents');
  byId('doc-search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    navigate({ docs: inputById('doc-search').value.trim() });
  });
}

/**
 * The relations stated in one document, once each, with the span of their first statement there.
 * The API has no Document.relations: they are read through the document's entities.
 * @param {string} docId
 * @param {{entities?: Array<{entity: {relations?: Array<DocumentRelation & {evidence: Array<{document: {id: string}, span: Span}>}>}}>} | null} answer
 */
function relationsOfDocument(docId, answer) {
  /** @type {Map<string, DocumentRelation & {span: Span}>} */
  const relations = new Map();
  for (const de of answer?.entities ?? []) {
    for (const r of de.entity.relations ?? []) {
      for (const ev of r.evidence) {
        if (ev.document.id !== docId) continue;
        const key = `${r.subject.id}|${r.predicate}|${r.object.id}`;
        if (!relations.has(key)) relations.set(key, { ...r, span: ev.span });
      }
    }
  }
  return [...relations.values()];
}

/** The reader of one document; `at` is the start offset of a sentence to scroll to. */
export async function showDocument(/** @type {string} */ id, /** @type {string | null} */ at) {
  const ticket = ++tickets.view;
  const data = await attempt('Loading the document…', 'Loading the document', async () => {
    const [doc, rel] = await Promise.all([graphql(DOCUMENT, { id }), graphql(DOCUMENT_RELATIONS, { id })]);
    return { doc: doc.document, rel: rel.document };
  }, () => void showDocument(id, at));
  if (!data || ticket !== tickets.view) return;
  cyBox.dataset.center = '';
  if (!data.doc) {
    showPage(`<div class="reader" data-view="document"><h2>No document “${escapeHtml(id)}”</h2><p>It may have been deleted. <button type="button" class="link" data-docs="">See all documents</button>.</p></div>`, 'document');
    return;
  }
  const doc = data.doc;
  const relations = relationsOfDocument(id, data.rel);
  const marks = documentMarks('', 0, [], doc.events, relations, id);
  // Entity names are found sentence by sentence (findNames works on plain text).
  const entityMarks = doc.sentences.flatMap((s) =>
    documentMarks(s.text, s.start, doc.entities.map((e) => ({ entity: e.entity, names: e.names })), [], [], id).map((m) => ({ ...m, start: m.start + s.start, end: m.end + s.start })),
  );
  const body = markSentences(doc.sentences, [...marks.filter((m) => m.kind === 'event'), ...entityMarks, ...marks.filter((m) => m.kind === 'relation')]);
  showPage(readerHtml(doc, body, relations, { truncated: doc.sentences.length < doc.sentenceCount }), 'document');
  state.title = doc.title || doc.id;
  if (at !== null) {
    const sentence = byId('page').querySelector(`.sentence[data-start="${CSS.escape(at)}"]`);
    if (sentence) {
      sentence.classList.add('focused');
      sentence.scrollIntoView({ block: 'center' });
    }
  }
}

/** A histogram bar: the period becomes the date filter, and its events are listed, each one click from its drawing. */
export async function showPeriod(/** @type {string} */ key) {
  setDateRange(key, key);
  const events = await attempt('Loading the events…', 'Loading the events', () => allEvents({ from: `${key}${key.length === 4 ? '-01-01' : key.length === 7 ? '-01' : ''}`, to: periodEnd(key) }));
  if (!events) return;
  const items = events
    .map((ev) => {
      const anchor = eventAnchor(ev);
      const who = ev.participants.slice(0, 3).map((p) => escapeHtml(p.entity.name)).join(', ');
      return `<li><time>${escapeHtml(ev.date ?? '')}</time> <button type="button" class="link" data-event-open="${escapeHtml(ev.id)}"${anchor ? ` data-explore="${escapeHtml(anchor.id)}" data-name="${escapeHtml(anchor.name)}"` : ''}>${escapeHtml(ev.type)}</button> <span class="meta">${who}</span></li>`;
    })
    .join('');
  showCard('period', { title: `Events <span class="meta">${escapeHtml(key)} · ${events.length}</span>`, body: `<ol class="plain-list">${items || '<li class="meta">None.</li>'}</ol>` });
}
