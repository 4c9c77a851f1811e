// The evidence card: the sentences behind a relation, an event or a step of
// a connection path. Only the answer to the latest click is shown.

import { EVENT_EVIDENCE, RELATION_EVIDENCE, graphql } from './api.js';
import { showEvidence } from './cards.js';
import { isPredicate } from './kinds.js';
import { SYMMETRIC_PREDICATES } from './ontology.generated.js';
import * as panels from './panels.js';
import { state, tickets } from './state.js';
import { attempt } from './status.js';

const NO_STATEMENT = { title: 'Evidence', body: '<p class="meta">The API returned no statement of this relation.</p>' };

/** The statement of `subject PREDICATE object` (either way round for a symmetric predicate) and its sentences. */
export async function showRelationEvidence(/** @type {string} */ subject, /** @type {string} */ predicate, /** @type {string} */ object) {
  const ticket = ++tickets.evidence;
  if (!isPredicate(predicate)) {
    showEvidence(NO_STATEMENT);
    return;
  }
  const data = await attempt('Loading evidence…', 'Loading the evidence', () => graphql(RELATION_EVIDENCE, { subject, predicate }), () => void showRelationEvidence(subject, predicate, object));
  if (!data || ticket !== tickets.evidence) return;
  const relations = data.entity?.relations ?? [];
  const same = (/** @type {import('./api.js').RelationAnswer} */ r) =>
    (r.subject.id === subject && r.object.id === object) || (SYMMETRIC_PREDICATES.has(predicate) && r.subject.id === object && r.object.id === subject);
  const relation = relations.find(same) ?? relations.find((r) => r.subject.id === object || r.object.id === object);
  if (!relation) {
    showEvidence(NO_STATEMENT);
    return;
  }
  showEvidence(panels.relationEvidence(relation));
}

/** An event, its participants and its sentences; `context` is the participation clicked, if one was. */
export async function showEventEvidence(/** @type {string} */ id, /** @type {{actor?: string, role?: string}} */ context) {
  const ticket = ++tickets.evidence;
  const data = await attempt('Loading evidence…', 'Loading the event', () => graphql(EVENT_EVIDENCE, { id }), () => void showEventEvidence(id, context));
  if (!data || ticket !== tickets.evidence) return;
  if (!data.event) {
    showEvidence({ title: 'Evidence', body: '<p class="meta">This event is no longer in the graph.</p>' });
    return;
  }
  showEvidence(panels.eventEvidence(data.event, context));
}

/** One step of the last connection: its evidence came with the paths. */
export function showStepEvidence(/** @type {number} */ pathIndex, /** @type {number} */ stepIndex) {
  const step = state.connection?.paths[pathIndex]?.steps[stepIndex];
  if (!step) return;
  tickets.evidence++;
  const names = [step.from.name, ...(step.from.aliases ?? []), step.to.name, ...(step.to.aliases ?? [])];
  showEvidence({
    title: panels.stepHeadline(step),
    body: `<p class="meta">Path ${pathIndex + 1}, step ${stepIndex + 1} · ${step.sourceCount} source${step.sourceCount === 1 ? '' : 's'}</p>${panels.evidenceList(step.evidence, names)}`,
  });
}
