// The side panel's contents as HTML strings. Everything that comes from the
// API goes through escapeHtml; evidence sentences through highlightEvidence.

import { edgeLabel } from './kinds.js';
import { escapeHtml, formatDate, highlightEvidence } from './text.js';
import { safeUrl } from './views.js';

/**
 * @typedef {{document: {id: string, title?: string | null, publishedAt?: string | null, url?: string | null}, sentence: {text: string, start: number, end: number}, span?: {start: number, end: number} | null, triggerSpan?: {start: number, end: number} | null, trigger?: string | null, confidence?: number | null}} Evidence
 */

const plural = (/** @type {number} */ n, /** @type {string} */ word) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function kindBadge(/** @type {string} */ kind) {
  return `<span class="badge kind-${escapeHtml(kind)}">${escapeHtml(kind)}</span>`;
}

/** @param {Evidence[]} evidence @param {string[]} names */
export function evidenceList(evidence, names) {
  if (evidence.length === 0) return '<p class="meta">No sentence is stored for this fact.</p>';
  const items = evidence.map((ev) => {
    const { html } = highlightEvidence(ev, names);
    const title = ev.document.title || ev.document.id;
    // Only http(s) links: a `javascript:` URL in a document must never become a link.
    const url = safeUrl(ev.document.url);
    const source = url ? `<a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(title)}</a>` : escapeHtml(title);
    const confidence = ev.confidence != null ? ` · <span class="confidence" title="extraction confidence">confidence ${ev.confidence.toFixed(2)}</span>` : '';
    return `<li data-document="${escapeHtml(ev.document.id)}">
      <blockquote class="sentence">${html}</blockquote>
      <cite>${source} · <time datetime="${escapeHtml(ev.document.publishedAt ?? '')}">${escapeHtml(formatDate(ev.document.publishedAt))}</time>${confidence}
        · <button type="button" class="link read-doc" data-doc="${escapeHtml(ev.document.id)}" data-at="${ev.sentence.start}">Read the article</button></cite>
    </li>`;
  });
  return `<ul class="evidence-list">${items.join('')}</ul>`;
}

/**
 * The card of an actor or a place.
 * @param {{id: string, name: string, type: string, aliases: string[], mentionCount: number, documentCount: number}} actor
 * @param {{canExpand: boolean}} opts
 */
export function actorCard(actor, opts) {
  const aliases = [...new Set(actor.aliases)].filter((a) => a !== actor.name);
  return {
    title: `${escapeHtml(actor.name)} ${kindBadge(actor.type)}`,
    body: `
      <p class="meta">${plural(actor.mentionCount, 'mention')} in ${plural(actor.documentCount, 'document')} · <code>${escapeHtml(actor.id)}</code></p>
      ${aliases.length ? `<p class="aliases">Also called: ${aliases.map(escapeHtml).join(', ')}</p>` : ''}
      <div class="facts">
        <button type="button" data-action="center">Center here</button>
        ${opts.canExpand ? '<button type="button" data-action="expand">Expand</button>' : ''}
        <button type="button" data-action="connect-from">Connect from here</button>
      </div>
      <h3>In this drawing</h3>
      <ul class="relations" id="drawn-relations"></ul>`,
  };
}

/**
 * The edges of one node as buttons, so evidence is reachable with the keyboard too.
 * @param {string} label the node's own label
 * @param {Array<{id: string, type: string, role?: string | null, otherLabel: string, outgoing: boolean}>} edges
 */
export function drawnRelations(label, edges) {
  if (edges.length === 0) return '<li class="meta">Nothing else drawn yet.</li>';
  return edges
    .map((e) => {
      const [subject, object] = e.outgoing ? [label, e.otherLabel] : [e.otherLabel, label];
      return `<li><button type="button" class="link" data-edge="${escapeHtml(e.id)}">${escapeHtml(subject)} <strong>${escapeHtml(edgeLabel(e))}</strong> ${escapeHtml(object)}</button></li>`;
    })
    .join('');
}

/**
 * @param {{predicate: string, sourceCount: number, confidence?: number | null, subject: {name: string, aliases?: string[]}, object: {name: string, aliases?: string[]}, evidence: Evidence[]}} relation
 */
export function relationEvidence(relation) {
  const names = [relation.subject.name, ...(relation.subject.aliases ?? []), relation.object.name, ...(relation.object.aliases ?? [])];
  return {
    title: `${escapeHtml(relation.subject.name)} <span class="badge plain">${escapeHtml(edgeLabel({ type: relation.predicate }))}</span> ${escapeHtml(relation.object.name)}`,
    body: `
      <p class="meta">Stated in ${plural(relation.sourceCount, 'source')}${relation.confidence != null ? ` · confidence ${relation.confidence.toFixed(2)}` : ''}</p>
      ${evidenceList(relation.evidence, names)}`,
  };
}

/**
 * @param {{id: string, type: string, date?: string | null, sourceCount: number, place?: {name: string} | null, participants: Array<{role: string, entity: {id: string, name: string, type: string, aliases?: string[]}}>, evidence: Evidence[]}} event
 * @param {{role?: string | null, actor?: string}} [context] the edge that was clicked, when it was one
 */
export function eventEvidence(event, context = {}) {
  const names = event.participants.flatMap((p) => [p.entity.name, ...(p.entity.aliases ?? [])]);
  if (event.place) names.push(event.place.name);
  const participants = event.participants
    .map((p) => `<li>${kindBadge(p.entity.type)} ${escapeHtml(p.entity.name)} <span class="meta">as ${escapeHtml(p.role)}</span></li>`)
    .join('');
  return {
    title: `${kindBadge('Event')} ${escapeHtml(event.type)} · ${escapeHtml(formatDate(event.date))}${event.place ? ` · ${escapeHtml(event.place.name)}` : ''}`,
    body: `
      ${context.actor ? `<p class="meta">${escapeHtml(context.actor)}${context.role ? ` as ${escapeHtml(context.role)}` : ''}</p>` : ''}
      <p class="meta">Reported by ${plural(event.sourceCount, 'source')}${eventConfidence(event.evidence)}</p>
      ${participants ? `<h3>Participants</h3><ul class="relations">${participants}</ul>` : ''}
      <h3>Evidence</h3>
      ${evidenceList(event.evidence, names)}`,
  };
}

/** The highest confidence among an event's evidence, as " · confidence 0.80". @param {Evidence[]} evidence */
function eventConfidence(evidence) {
  const values = evidence.map((e) => e.confidence).filter((c) => typeof c === 'number');
  return values.length ? ` · <span class="confidence">confidence ${Math.max(.../** @type {number[]} */ (values)).toFixed(2)}</span>` : '';
}

/** @param {Array<{date: string, roles: string[], event: {id: string, type: string, date?: string | null, sourceCount: number, place?: {name: string} | null}}>} entries */
export function timeline(entries) {
  if (entries.length === 0) return '<p class="meta">No dated event names this actor.</p>';
  let year = '';
  const items = [];
  for (const t of entries) {
    const y = t.date.slice(0, 4);
    if (y !== year) {
      year = y;
      items.push(`<li class="year" aria-hidden="true">${escapeHtml(y)}</li>`);
    }
    items.push(`<li data-event="${escapeHtml(t.event.id)}">
      <time datetime="${escapeHtml(t.date)}">${escapeHtml(formatDate(t.date))}</time>
      <button type="button" class="link" data-event="${escapeHtml(t.event.id)}">${escapeHtml(t.event.type)}${t.event.place ? ` in ${escapeHtml(t.event.place.name)}` : ''}</button>
      <span class="meta">· ${t.roles.map(escapeHtml).join(', ')} · ${plural(t.event.sourceCount, 'source')}</span>
    </li>`);
  }
  return `<ol class="timeline-list">${items.join('')}</ol>`;
}

/** A step of a connection path, with its evidence. @typedef {import('./paths-graph.js').PathStep & {evidence: Evidence[]}} Step */

export function stepHeadline(/** @type {Step} */ s) {
  if (s.kind === 'SHARED_EVENT' && s.event) {
    const roles = `${(s.fromRoles ?? []).join('/') || 'took part'} · ${(s.toRoles ?? []).join('/') || 'took part'}`;
    return `${escapeHtml(s.from.name)} and ${escapeHtml(s.to.name)} both in <span class="badge plain">${escapeHtml(s.event.type)}, ${escapeHtml(formatDate(s.event.date))}</span> <span class="meta">(${escapeHtml(roles)})</span>`;
  }
  const label = escapeHtml(edgeLabel({ type: s.predicate ?? 'RELATED' }));
  // IN: `to` is the subject, so the sentence reads from `to`.
  if (s.direction === 'IN') return `${escapeHtml(s.to.name)} <span class="badge plain">${label}</span> ${escapeHtml(s.from.name)}`;
  return `${escapeHtml(s.from.name)} <span class="badge plain">${label}</span> ${escapeHtml(s.to.name)}`;
}

/**
 * @param {{from: {name: string}, to: {name: string}, length?: number | null, paths: Array<{length: number, steps: Step[]}>}} connection
 * @param {number} maxHops
 */
export function paths(connection, maxHops) {
  if (connection.paths.length === 0) {
    return `<p class="meta">No connection between ${escapeHtml(connection.from.name)} and ${escapeHtml(connection.to.name)} within ${maxHops} hops.</p>`;
  }
  const summary = `<p class="meta">${plural(connection.paths.length, 'path')} of ${plural(connection.length ?? connection.paths[0]?.length ?? 0, 'hop')} between ${escapeHtml(connection.from.name)} and ${escapeHtml(connection.to.name)}.</p>`;
  const blocks = connection.paths.map((p, pi) => {
    const steps = p.steps.map((s, si) => {
      const names = [s.from.name, ...(s.from.aliases ?? []), s.to.name, ...(s.to.aliases ?? [])];
      return `<li class="step" data-path="${pi}" data-step="${si}">
        <div class="step-head"><button type="button" class="link" data-path="${pi}" data-step="${si}">${stepHeadline(s)}</button></div>
        <p class="meta">${plural(s.sourceCount, 'source')}</p>
        ${evidenceList(s.evidence, names)}
      </li>`;
    });
    return `<div class="path"><h3>Path ${pi + 1} · ${plural(p.length, 'hop')}</h3><ol class="steps">${steps.join('')}</ol></div>`;
  });
  return summary + blocks.join('');
}

/** The legend, built from the same table as the drawing. @param {Record<string, {label: string, color: string, shape: string}>} kinds */
export function legend(kinds) {
  const shapes = /** @type {Record<string, string>} */ ({
    ellipse: '<circle cx="8" cy="8" r="7"/>',
    'round-rectangle': '<rect x="1" y="3" width="14" height="10" rx="3"/>',
    hexagon: '<polygon points="4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8"/>',
    diamond: '<polygon points="8,0.5 15.5,8 8,15.5 0.5,8"/>',
    'round-triangle': '<polygon points="8,1.5 15,14.5 1,14.5" stroke-linejoin="round" stroke-width="2"/>',
  });
  const items = Object.values(kinds).map(
    (k) => `<div class="item"><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="${escapeHtml(k.color)}" stroke="${escapeHtml(k.color)}">${shapes[k.shape] ?? shapes.ellipse}</svg>${escapeHtml(k.label)}</div>`,
  );
  return `<h3>Legend</h3>${items.join('')}<div class="note">size: mentions · solid: relation (subject → object) · dashed: took part</div>`;
}
