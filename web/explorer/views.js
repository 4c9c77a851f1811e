// Pure builders for the explorer's views (no DOM, no fetch): event labels and
// groups in a drawing, the landing view, the document reader and list, the
// curation log. Unit-tested in Node (test/explorer/page-logic.test.ts).

import { isActorType, predicateLabel } from './kinds.js';
import { ENTITY_TYPES } from './ontology.generated.js';
import { escapeHtml, findNames, formatDate } from './text.js';

const plural = (/** @type {number} */ n, /** @type {string} */ word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A link target from the API, kept only when it is http(s): a `javascript:` or `data:` URL is never rendered. */
export function safeUrl(/** @type {string | null | undefined} */ url) {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** The last word of a name ("Michelle Bachelet" → "Bachelet"); organizations keep their whole name when short. */
export function shortName(/** @type {string} */ name, /** @type {string} */ kind) {
  if (kind !== 'Person') return name.length <= 22 ? name : `${name.slice(0, 20)}…`;
  const words = name.trim().split(/\s+/);
  return words[words.length - 1] ?? name;
}

/** "Election 2013-11-17" (the API's event label) → { type, date }. */
export function parseEventLabel(/** @type {string} */ label) {
  const m = /^(.*\S)\s+(\d{4}(?:-\d{2}){0,2})$/.exec(label);
  return m ? { type: m[1] ?? label, date: m[2] ?? null } : { type: label, date: null };
}

/**
 * @typedef {{id: string, label: string, kind: string, depth?: number, weight: number}} HoodNode
 * @typedef {{id: string, source: string, target: string, type: string, role?: string | null, weight: number}} HoodEdge
 */

/**
 * What each event of a drawing is about: "Election · 17 Nov 2013 · Bachelet, Matthei",
 * its type, date and (up to three) drawn participants, most mentioned first.
 * @param {{nodes: HoodNode[], edges: HoodEdge[]}} hood
 * @returns {Map<string, string>}
 */
export function eventLabels(hood) {
  const byId = new Map(hood.nodes.map((n) => [n.id, n]));
  /** @type {Map<string, HoodNode[]>} */
  const who = new Map();
  for (const e of hood.edges) {
    if (e.type !== 'PARTICIPATED_IN') continue;
    const [actorId, eventId] = byId.get(e.source)?.kind === 'Event' ? [e.target, e.source] : [e.source, e.target];
    const actor = byId.get(actorId);
    if (!actor) continue;
    const list = who.get(eventId) ?? [];
    if (!list.includes(actor)) list.push(actor);
    who.set(eventId, list);
  }
  const labels = new Map();
  for (const n of hood.nodes) {
    if (n.kind !== 'Event') continue;
    const { type, date } = parseEventLabel(n.label);
    const people = (who.get(n.id) ?? []).sort((a, b) => b.weight - a.weight);
    const names = people.slice(0, 3).map((p) => shortName(p.label, p.kind));
    if (people.length > 3) names.push(`+${people.length - 3}`);
    labels.set(n.id, [type, date ? formatDate(date) : 'undated', ...(names.length ? [names.join(', ')] : [])].join(' · '));
  }
  return labels;
}

/**
 * Collapses the events of one type that hang from one actor only, when there
 * are more than `threshold` of them, into one group node ("4 × Strike"): a
 * drawing of 30 identical triangles says less than one counted node. Events
 * linked to two drawn actors or more stay, they are what connects them.
 * @param {{center: {id: string}, nodes: HoodNode[], edges: HoodEdge[]}} hood
 * @returns {{nodes: Array<HoodNode & {members?: string[]}>, edges: HoodEdge[], groups: Map<string, string[]>}}
 */
export function groupEvents(hood, threshold = 3) {
  const kindOf = new Map(hood.nodes.map((n) => [n.id, n.kind]));
  /** @type {Map<string, Set<string>>} event → its drawn non-event neighbours */
  const links = new Map();
  for (const e of hood.edges) {
    const [a, b] = [e.source, e.target];
    if (kindOf.get(a) === 'Event' && kindOf.get(b) !== 'Event') links.set(a, (links.get(a) ?? new Set()).add(b));
    if (kindOf.get(b) === 'Event' && kindOf.get(a) !== 'Event') links.set(b, (links.get(b) ?? new Set()).add(a));
  }
  /** @type {Map<string, string[]>} "actor|type" → events */
  const buckets = new Map();
  for (const n of hood.nodes) {
    if (n.kind !== 'Event') continue;
    const around = links.get(n.id) ?? new Set();
    if (around.size !== 1) continue;
    const key = `${[...around][0]}|${parseEventLabel(n.label).type}`;
    buckets.set(key, [...(buckets.get(key) ?? []), n.id]);
  }
  /** @type {Map<string, string[]>} */
  const groups = new Map();
  const groupOf = new Map();
  for (const [key, members] of buckets) {
    if (members.length <= threshold) continue;
    const [actor, type] = key.split('|');
    const id = `group:${actor}|${type}`;
    groups.set(id, members);
    for (const m of members) groupOf.set(m, id);
  }
  if (groups.size === 0) return { nodes: hood.nodes, edges: hood.edges, groups };
  /** @type {Array<HoodNode & {members?: string[]}>} */
  const nodes = hood.nodes.filter((n) => !groupOf.has(n.id));
  for (const [id, members] of groups) {
    const type = id.slice(id.lastIndexOf('|') + 1);
    const first = hood.nodes.find((n) => n.id === members[0]);
    nodes.push({ id, label: `${members.length} × ${type}`, kind: 'Event', depth: first?.depth ?? 1, weight: members.length, members });
  }
  /** @type {Map<string, HoodEdge>} */
  const edges = new Map();
  for (const e of hood.edges) {
    const source = groupOf.get(e.source) ?? e.source;
    const target = groupOf.get(e.target) ?? e.target;
    if (source === e.source && target === e.target) {
      edges.set(e.id, e);
      continue;
    }
    const id = `${source}->${target}:${e.type}`;
    const prev = edges.get(id);
    edges.set(id, { ...e, id, source, target, role: prev && prev.role !== e.role ? null : e.role ?? null, weight: (prev?.weight ?? 0) + e.weight });
  }
  return { nodes, edges: [...edges.values()], groups };
}

/**
 * Events per period for the landing histogram: by year, or by month when all
 * dates fall within three years. Undated events are counted apart.
 * @param {Array<string | null | undefined>} dates
 * @returns {{unit: 'year' | 'month', bins: Array<{key: string, count: number}>, undated: number}}
 */
export function dateHistogram(dates) {
  const dated = /** @type {string[]} */ (dates.filter((d) => typeof d === 'string' && /^\d{4}/.test(d)));
  const years = dated.map((d) => Number(d.slice(0, 4)));
  const span = years.length ? Math.max(...years) - Math.min(...years) : 0;
  const unit = span <= 2 && dated.some((d) => d.length >= 7) ? 'month' : 'year';
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const d of dated) {
    const key = unit === 'month' && d.length >= 7 ? d.slice(0, 7) : d.slice(0, 4);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const bins = [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, count]) => ({ key, count }));
  return { unit, bins, undated: dates.length - dated.length };
}

/** The last day of a partial date's period, for an inclusive `to`: "2013" → "2013-12-31", "2014-02" → "2014-02-28". */
export function periodEnd(/** @type {string} */ key) {
  if (key.length === 4) return `${key}-12-31`;
  if (key.length === 7) {
    const [y, m] = key.split('-').map(Number);
    const last = new Date(Date.UTC(y ?? 2000, m ?? 1, 0)).getUTCDate();
    return `${key}-${String(last).padStart(2, '0')}`;
  }
  return key;
}

/**
 * The actor an event is drawn around when it is opened from a list: its first participant that is an actor.
 * @template {{id: string, name: string, type: string}} E
 * @param {{participants: Array<{entity: E}>}} event
 */
export function eventAnchor(event) {
  return event.participants.find((p) => isActorType(p.entity.type))?.entity;
}

/**
 * The landing view.
 * @param {{stats: {documents: number, actors: number, places: number, events: number, predicates: Array<{count: number}>},
 *   actors: Array<{id: string, name: string, type: string, mentionCount: number, documentCount: number}>,
 *   events: Array<{id: string, type: string, date?: string | null, participants: Array<{entity: {id: string, name: string, type: string}}>, place?: {name: string} | null}>,
 *   histogram: ReturnType<typeof dateHistogram>,
 *   documents: Array<{id: string, title?: string | null, publishedAt?: string | null}>}} data
 */
export function landingHtml(data) {
  const { stats } = data;
  const relations = stats.predicates.reduce((s, p) => s + p.count, 0);
  const counts = [
    [stats.documents, 'document'],
    [stats.actors, 'actor'],
    [stats.places, 'place'],
    [stats.events, 'event'],
    [relations, 'relation'],
  ]
    .map(([n, w]) => `<li><strong>${Number(n).toLocaleString('en')}</strong> ${escapeHtml(String(w))}${n === 1 ? '' : 's'}</li>`)
    .join('');
  const actors = data.actors
    .map(
      (a) => `<li><button type="button" class="link" data-explore="${escapeHtml(a.id)}" data-name="${escapeHtml(a.name)}">${escapeHtml(a.name)}</button>
        <span class="meta">${escapeHtml(a.type)} · ${plural(a.mentionCount, 'mention')} in ${plural(a.documentCount, 'document')}</span></li>`,
    )
    .join('');
  const events = data.events
    .map((e) => {
      const who = e.participants.slice(0, 3).map((p) => p.entity.name).join(', ');
      const anchor = eventAnchor(e);
      return `<li><time datetime="${escapeHtml(e.date ?? '')}">${escapeHtml(formatDate(e.date))}</time>
        <button type="button" class="link" data-event-open="${escapeHtml(e.id)}"${anchor ? ` data-explore="${escapeHtml(anchor.id)}" data-name="${escapeHtml(anchor.name)}"` : ''}>${escapeHtml(e.type)}${e.place ? ` in ${escapeHtml(e.place.name)}` : ''}</button>
        ${who ? `<span class="meta">· ${escapeHtml(who)}</span>` : ''}</li>`;
    })
    .join('');
  const max = Math.max(1, ...data.histogram.bins.map((b) => b.count));
  const bars = data.histogram.bins
    .map(
      (b) => `<li><button type="button" class="bar-button" data-period="${escapeHtml(b.key)}" title="${plural(b.count, 'event')} in ${escapeHtml(formatDate(b.key))}: show them">
        <span class="bar-fill" data-h="${Math.round((100 * b.count) / max)}"></span>
        <span class="bar-count">${b.count}</span><span class="bar-key">${escapeHtml(data.histogram.unit === 'month' ? formatDate(b.key) : b.key)}</span></button></li>`,
    )
    .join('');
  const docs = data.documents
    .map(
      (d) => `<li><button type="button" class="link" data-doc="${escapeHtml(d.id)}">${escapeHtml(d.title || d.id)}</button>
        <span class="meta">· ${escapeHtml(formatDate(d.publishedAt))}</span></li>`,
    )
    .join('');
  return `
    <div class="landing" data-view="landing">
      <h2>What the graph holds</h2>
      <ul class="counts">${counts}</ul>
      <div class="landing-grid">
        <section><h3>Most mentioned actors</h3><ol class="plain-list" id="landing-actors">${actors || '<li class="meta">No actor yet: ingest documents first.</li>'}</ol></section>
        <section><h3>Latest events</h3><ol class="plain-list" id="landing-events">${events || '<li class="meta">No dated event yet.</li>'}</ol></section>
        <section class="wide"><h3>Events over time <span class="meta">by ${data.histogram.unit}${data.histogram.undated ? ` · ${data.histogram.undated} undated` : ''}</span></h3>
          <ol class="histogram" id="landing-histogram">${bars || '<li class="meta">No dated event yet.</li>'}</ol></section>
        <section class="wide"><h3>Latest documents <button type="button" class="link" data-docs="">all documents</button></h3><ol class="plain-list">${docs}</ol></section>
      </div>
    </div>`;
}

/**
 * A document's full text from its sentences (the API stores sentences with
 * their offsets, not the text): gaps between sentences become the spaces or
 * paragraph breaks they were, as far as offsets tell.
 * @param {Array<{text: string, start: number, end: number}>} sentences
 */
export function documentText(sentences) {
  const sorted = [...sentences].sort((a, b) => a.start - b.start);
  const base = sorted[0]?.start ?? 0;
  let text = '';
  for (const s of sorted) {
    const gap = s.start - base - text.length;
    if (gap > 0) text += gap > 1 ? '\n\n' + ' '.repeat(Math.max(0, gap - 2)) : ' ';
    text += s.text;
  }
  return { text, base };
}

/**
 * @typedef {{start: number, end: number, kind: 'entity' | 'event' | 'relation', id: string, entityType?: string, title: string, data?: Record<string, string>}} ReaderMark
 */

/**
 * The document's text as HTML, each mark a button: entities (by type), event
 * triggers, and the sentences stating relations (underlined). Marks that
 * overlap an earlier one are dropped; a relation mark never splits an entity
 * mark, it covers sentences only where nothing else is marked.
 * @param {string} text @param {ReaderMark[]} marks
 */
export function markText(text, marks) {
  const ordered = [...marks].filter((m) => m.end > m.start && m.start >= 0 && m.end <= text.length).sort((a, b) => a.start - b.start || b.end - a.end);
  /** @type {ReaderMark[]} */
  const kept = [];
  for (const m of ordered) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  let html = '';
  let at = 0;
  for (const m of kept) {
    html += escapeHtml(text.slice(at, m.start));
    const data = Object.entries({ [`${m.kind}`]: m.id, ...(m.data ?? {}) })
      .map(([k, v]) => ` data-${k}="${escapeHtml(v)}"`)
      .join('');
    // A span acting as a button: a real <button> is an inline block and would break the line of text.
    html += `<span role="button" tabindex="0" class="mark mark-${m.kind}${m.entityType ? ` type-${escapeHtml(m.entityType)}` : ''}" title="${escapeHtml(m.title)}"${data}>${escapeHtml(text.slice(m.start, m.end))}</span>`;
    at = m.end;
  }
  return html + escapeHtml(text.slice(at));
}

/**
 * Marks for a document: its entities wherever the names it used occur, and
 * each event's trigger words (from their evidence spans).
 * @param {string} text @param {number} base offset of text[0] in the document
 * @param {Array<{entity: {id: string, name: string, type: string}, names: string[]}>} entities
 * @param {Array<{id: string, type: string, date?: string | null, evidence: Array<{document: {id: string}, triggerSpan?: {start: number, end: number} | null, span: {start: number, end: number}}>}>} events
 * @param {Array<{predicate: string, subject: {id: string, name: string}, object: {id: string, name: string}, span: {start: number, end: number}}>} relations
 * @param {string} docId
 * @returns {ReaderMark[]}
 */
export function documentMarks(text, base, entities, events, relations, docId) {
  /** @type {ReaderMark[]} */
  const marks = [];
  for (const ev of events) {
    for (const e of ev.evidence) {
      if (e.document.id !== docId || !e.triggerSpan) continue;
      marks.push({ start: e.triggerSpan.start - base, end: e.triggerSpan.end - base, kind: 'event', id: ev.id, title: `${ev.type} · ${formatDate(ev.date)}` });
    }
  }
  for (const { entity, names } of entities) {
    for (const r of findNames(text, [entity.name, ...names])) {
      marks.push({ ...r, kind: 'entity', id: entity.id, entityType: entity.type, title: `${entity.type}: ${entity.name}`, data: { name: entity.name } });
    }
  }
  // Relations last: their span is a clause, and marks do not nest.
  for (const r of relations) {
    const label = predicateLabel(r.predicate);
    marks.push({
      start: r.span.start - base,
      end: r.span.end - base,
      kind: 'relation',
      id: `${r.subject.id}|${r.predicate}|${r.object.id}`,
      title: `${r.subject.name} ${label} ${r.object.name}`,
      data: { subject: r.subject.id, predicate: r.predicate, object: r.object.id },
    });
  }
  return marks;
}

/**
 * The reader: title, date, source link (http(s) only), the marked text, and
 * the lists of what was extracted, each item one click from its drawing.
 * @param {{id: string, title?: string | null, url?: string | null, publishedAt?: string | null, sentenceCount: number,
 *   entities: Array<{entity: {id: string, name: string, type: string}, mentions: number}>,
 *   events: Array<{id: string, type: string, date?: string | null}>}} doc
 * @param {string} body the marked text (markText)
 * @param {Array<{predicate: string, subject: {id: string, name: string}, object: {id: string, name: string}}>} relations
 * @param {{truncated: boolean}} opts
 */
export function readerHtml(doc, body, relations, opts) {
  const url = safeUrl(doc.url);
  const entities = doc.entities
    .map((e) => `<li><button type="button" class="link type-${escapeHtml(e.entity.type)}" data-entity="${escapeHtml(e.entity.id)}" data-name="${escapeHtml(e.entity.name)}">${escapeHtml(e.entity.name)}</button> <span class="meta">${escapeHtml(e.entity.type)} · ${e.mentions}×</span></li>`)
    .join('');
  const events = doc.events
    .map((e) => `<li><button type="button" class="link" data-event="${escapeHtml(e.id)}">${escapeHtml(e.type)} · ${escapeHtml(formatDate(e.date))}</button></li>`)
    .join('');
  const rels = relations
    .map(
      (r) => `<li><button type="button" class="link" data-relation="${escapeHtml(`${r.subject.id}|${r.predicate}|${r.object.id}`)}" data-subject="${escapeHtml(r.subject.id)}" data-predicate="${escapeHtml(r.predicate)}" data-object="${escapeHtml(r.object.id)}">${escapeHtml(r.subject.name)} <strong>${escapeHtml(predicateLabel(r.predicate))}</strong> ${escapeHtml(r.object.name)}</button></li>`,
    )
    .join('');
  return `
    <article class="reader" data-view="document" data-document="${escapeHtml(doc.id)}">
      <h2>${escapeHtml(doc.title || doc.id)}</h2>
      <p class="meta"><time datetime="${escapeHtml(doc.publishedAt ?? '')}">${escapeHtml(formatDate(doc.publishedAt))}</time> · ${plural(doc.sentenceCount, 'sentence')} · <code>${escapeHtml(doc.id)}</code>
        ${url ? ` · <a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer" class="source-link">source</a>` : ''}</p>
      <p class="legend-inline meta">${ENTITY_TYPES.map((t) => `<span class="mark mark-entity type-${t}">${t.toLowerCase()}</span>`).join(' ')} <span class="mark mark-event">event</span> <span class="mark mark-relation">relation</span> · click one to draw it</p>
      <div class="reader-text" id="reader-text">${body}</div>
      ${opts.truncated ? '<p class="meta">The API gives the first 100 sentences; the rest of this document is not shown.</p>' : ''}
      <div class="reader-lists">
        <section><h3>Actors and places</h3><ul class="plain-list">${entities || '<li class="meta">None.</li>'}</ul></section>
        <section><h3>Events</h3><ul class="plain-list">${events || '<li class="meta">None.</li>'}</ul></section>
        <section><h3>Relations</h3><ul class="plain-list">${rels || '<li class="meta">None.</li>'}</ul></section>
      </div>
    </article>`;
}

/**
 * The documents list, with its search box.
 * @param {string} search
 * @param {{totalCount: number, edges: Array<{node: {id: string, title?: string | null, publishedAt?: string | null, sentenceCount: number}, snippet?: {html: string} | null}>}} result
 */
export function documentsHtml(search, result) {
  const items = result.edges
    .map(
      (e) => `<li><button type="button" class="link" data-doc="${escapeHtml(e.node.id)}">${escapeHtml(e.node.title || e.node.id)}</button>
        <span class="meta">· ${escapeHtml(formatDate(e.node.publishedAt))} · ${plural(e.node.sentenceCount, 'sentence')}</span>
        ${e.snippet ? `<p class="snippet">${e.snippet.html}</p>` : ''}</li>`,
    )
    .join('');
  return `
    <div class="documents" data-view="documents">
      <h2>Documents</h2>
      <form id="doc-search-form" role="search" class="doc-search">
        <label for="doc-search" class="visually-hidden">Search the documents</label>
        <input id="doc-search" type="search" placeholder="Search the text of the documents…" value="${escapeHtml(search)}">
        <button type="submit">Search</button>
      </form>
      <p class="meta" id="documents-count">${search ? `${plural(result.totalCount, 'document')} match “${escapeHtml(search)}”` : `${plural(result.totalCount, 'document')}, newest first`}</p>
      <ol class="plain-list doc-list" id="documents-list">${items || '<li class="meta">No document.</li>'}</ol>
    </div>`;
}

/**
 * The curation log of an actor (or of the graph), newest first, each with an undo button.
 * @param {Array<{id: string, kind: string, at: string, actorId: string, mergedIds: string[], changes: string, undoneAt?: string | null}>} curations
 */
export function curationLog(curations) {
  if (curations.length === 0) return '<p class="meta">No curation yet.</p>';
  const items = curations.map((c) => {
    let what = c.kind === 'MERGE' ? `merged ${c.mergedIds.map(escapeHtml).join(', ')} into ${escapeHtml(c.actorId)}` : `edited ${escapeHtml(c.actorId)}`;
    if (c.kind === 'UPDATE') {
      try {
        const ch = JSON.parse(c.changes);
        const parts = [];
        if (ch.name) parts.push(`renamed to “${escapeHtml(ch.name)}”`);
        if (ch.type) parts.push(`type ${escapeHtml(ch.type)}`);
        if (ch.addAliases?.length) parts.push(`+ alias ${ch.addAliases.map(escapeHtml).join(', ')}`);
        if (ch.removeAliases?.length) parts.push(`− alias ${ch.removeAliases.map(escapeHtml).join(', ')}`);
        if (parts.length) what = `${escapeHtml(c.actorId)}: ${parts.join(', ')}`;
      } catch {
        // The log line stays generic.
      }
    }
    return `<li data-curation="${escapeHtml(c.id)}"><span class="meta">${escapeHtml(c.at.slice(0, 16).replace('T', ' '))}</span> ${what}
      ${c.undoneAt ? '<span class="badge plain">undone</span>' : `<button type="button" data-undo="${escapeHtml(c.id)}">Undo</button>`}</li>`;
  });
  return `<ol class="plain-list curation-log">${items.join('')}</ol>`;
}

/**
 * The document as sentences, each a <span class="sentence" data-start> holding
 * its marked text (marks in document offsets; one that crosses a sentence
 * boundary is dropped), so evidence can scroll to and light up its sentence.
 * @param {Array<{text: string, start: number, end: number}>} sentences
 * @param {ReaderMark[]} marks marks in document offsets
 */
export function markSentences(sentences, marks) {
  const sorted = [...sentences].sort((a, b) => a.start - b.start);
  let html = '';
  let prevEnd = sorted[0]?.start ?? 0;
  for (const s of sorted) {
    const gap = s.start - prevEnd;
    if (gap > 1) html += '</p><p>';
    else if (gap === 1) html += ' ';
    const inside = marks.filter((m) => m.start >= s.start && m.end <= s.end);
    const local = inside.filter((m) => m.kind !== 'relation').map((m) => ({ ...m, start: m.start - s.start, end: m.end - s.start }));
    // A relation's span is a clause or the whole sentence: it underlines the sentence and follows it as a chip.
    const relations = inside.filter((m) => m.kind === 'relation');
    const chips = [...new Map(relations.map((r) => [r.id, r])).values()]
      .map((r) => `<span role="button" tabindex="0" class="rel-chip" data-relation="${escapeHtml(r.id)}"${Object.entries(r.data ?? {}).map(([k, v]) => ` data-${k}="${escapeHtml(v)}"`).join('')}>${escapeHtml(r.title)}</span>`)
      .join('');
    html += `<span class="sentence${relations.length ? ' has-relation' : ''}" data-start="${s.start}">${markText(s.text, local)}</span>${chips ? ` ${chips}` : ''}`;
    prevEnd = s.end;
  }
  return `<p>${html}</p>`;
}

/**
 * The curation card of an actor: rename, aliases, merge, and its log.
 * @param {{id: string, name: string, aliases: string[]}} actor
 * @param {string} log curationLog() of the actor
 * @param {{needsToken: boolean}} opts
 */
export function curationCard(actor, log, opts) {
  const aliases = [...new Set(actor.aliases)].filter((a) => a !== actor.name);
  return `
    <div class="curation" data-actor="${escapeHtml(actor.id)}">
      ${opts.needsToken ? `<form class="curate-form" data-form="token"><label>API token <input name="token" type="password" autocomplete="off" required></label><button type="submit">Use</button>
        <p class="meta">This server needs a token for changes (ACTORGRAPH_API_TOKEN).</p></form>` : ''}
      <form class="curate-form" data-form="rename"><label>Name <input name="name" value="${escapeHtml(actor.name)}" required></label><button type="submit">Rename</button></form>
      <form class="curate-form" data-form="alias"><label>Alias <input name="alias" placeholder="another name" required></label><button type="submit">Add alias</button></form>
      ${aliases.length ? `<p class="aliases">${aliases.map((a) => `<span class="chip">${escapeHtml(a)} <button type="button" class="chip-x" data-remove-alias="${escapeHtml(a)}" aria-label="Remove alias ${escapeHtml(a)}">×</button></span>`).join(' ')}</p>` : ''}
      <form class="curate-form" data-form="merge"><div class="combo"><label>Merge into this <input id="merge-search" name="merge" placeholder="find the duplicate…" autocomplete="off" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="merge-results"></label>
        <ul id="merge-results" class="listbox" role="listbox" aria-label="Actors to merge" hidden></ul></div><button type="submit">Merge</button></form>
      <h3>Curation log</h3>
      <div id="curation-log">${log}</div>
    </div>`;
}
