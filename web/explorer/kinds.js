// How each kind of node is drawn. Colour AND shape differ, so the drawing
// stays readable in greyscale and for colour-blind readers; the legend is
// built from this same table.

/** @type {Record<string, {label: string, color: string, shape: string}>} */
export const NODE_KINDS = {
  Person: { label: 'Person', color: '#2f6fb3', shape: 'ellipse' },
  Organization: { label: 'Organization', color: '#d9822b', shape: 'round-rectangle' },
  Group: { label: 'Group', color: '#3a9a5b', shape: 'hexagon' },
  Place: { label: 'Place', color: '#8a5cb8', shape: 'diamond' },
  Event: { label: 'Event', color: '#c0392b', shape: 'round-triangle' },
};

/** Edge labels: predicates read better in lower case ("member of"); a participation shows its role. */
export function edgeLabel(/** @type {{type: string, role?: string | null}} */ edge) {
  if (edge.type === 'PARTICIPATED_IN') return edge.role ?? 'took part';
  if (edge.type === 'AT') return 'at';
  return edge.type.toLowerCase().replace(/_/g, ' ');
}

/** Node diameter from its weight (mentions or reports): grows with the square root, so one very famous actor does not swallow the drawing. */
export function nodeSize(/** @type {number} */ weight) {
  const w = Math.max(0, Number.isFinite(weight) ? weight : 0);
  return Math.round(Math.min(90, 22 + 9 * Math.sqrt(w)));
}
