// How each kind of node is drawn. Colour AND shape differ, so the drawing
// stays readable in greyscale and for colour-blind readers; the legend is
// built from this same table. The kinds are the ontology's entity types
// (ontology.generated.js) and events: a type added there and missing here
// fails the page's type check.

import { ACTOR_TYPES, ENTITY_TYPES, PREDICATES } from './ontology.generated.js';

/**
 * @typedef {import('./ontology.generated.js').EntityType | 'Event'} NodeKind
 * @typedef {{label: string, color: string, shape: string}} KindStyle
 */

/** @type {Record<NodeKind, {color: string, shape: string}>} */
const DRAWN_AS = {
  Person: { color: '#2f6fb3', shape: 'ellipse' },
  Organization: { color: '#d9822b', shape: 'round-rectangle' },
  Group: { color: '#3a9a5b', shape: 'hexagon' },
  Place: { color: '#8a5cb8', shape: 'diamond' },
  Event: { color: '#c0392b', shape: 'round-triangle' },
};

/** Every node kind with its legend label, in the ontology's order, events last. */
export const NODE_KINDS = /** @type {Record<NodeKind, KindStyle>} */ (
  Object.fromEntries([...ENTITY_TYPES, /** @type {const} */ ('Event')].map((kind) => [kind, { label: kind, ...DRAWN_AS[kind] }]))
);

const KNOWN_PREDICATES = new Set(/** @type {readonly string[]} */ (PREDICATES));
const ACTORS = new Set(/** @type {readonly string[]} */ (ACTOR_TYPES));

/** Whether an entity type is an actor's (a person, organization or group: not a place). */
export function isActorType(/** @type {string} */ type) {
  return ACTORS.has(type);
}

/** Whether a drawn edge's type is one of the ontology's predicates (not a participation, not a path's RELATED). */
/** @returns {type is import('./ontology.generated.js').Predicate} */
export function isPredicate(/** @type {string} */ type) {
  return KNOWN_PREDICATES.has(type);
}

/** A predicate as words: "MEMBER_OF" → "member of". */
export function predicateLabel(/** @type {string} */ predicate) {
  return predicate.toLowerCase().replace(/_/g, ' ');
}

/** Edge labels: predicates read better in lower case ("member of"); a participation shows its role. */
export function edgeLabel(/** @type {{type: string, role?: string | null}} */ edge) {
  if (edge.type === 'PARTICIPATED_IN') return edge.role ?? 'took part';
  if (edge.type === 'AT') return 'at';
  return predicateLabel(edge.type);
}

/** Node diameter from its weight (mentions or reports): grows with the square root, so one very famous actor does not swallow the drawing. */
export function nodeSize(/** @type {number} */ weight) {
  const w = Math.max(0, Number.isFinite(weight) ? weight : 0);
  return Math.round(Math.min(90, 22 + 9 * Math.sqrt(w)));
}
