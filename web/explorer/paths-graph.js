// Connection paths (the API's Paths) as nodes and edges to draw: a relation
// step is one edge, a shared event is an event node between the two actors.
// Steps repeated across paths are drawn once. Pure.

import { formatDate } from './text.js';

/**
 * @typedef {{id: string, name: string, type: string, mentionCount?: number, aliases?: string[]}} PathEntity
 * @typedef {{kind: string, predicate?: string | null, direction?: string | null, fromRoles?: string[] | null, toRoles?: string[] | null, sourceCount: number,
 *   from: PathEntity, to: PathEntity, event?: {id: string, type: string, date?: string | null, sourceCount?: number} | null}} PathStep
 * @typedef {{paths: Array<{entities?: PathEntity[], steps: PathStep[]}>}} Connection
 */

/** @param {Connection} connection */
export function pathsToGraph(connection) {
  /** @type {Map<string, {id: string, label: string, kind: string, weight: number}>} */
  const nodes = new Map();
  /** @type {Map<string, {id: string, source: string, target: string, type: string, role: string | null, weight: number, step: {path: number, step: number}}>} */
  const edges = new Map();
  const addEntity = (/** @type {PathEntity} */ e) => {
    const known = nodes.get(e.id);
    const weight = e.mentionCount ?? known?.weight ?? 1;
    nodes.set(e.id, { id: e.id, label: e.name, kind: e.type, weight });
  };
  connection.paths.forEach((path, pi) => {
    for (const e of path.entities ?? []) addEntity(e);
    path.steps.forEach((s, si) => {
      if (!nodes.has(s.from.id)) addEntity(s.from);
      if (!nodes.has(s.to.id)) addEntity(s.to);
      const ref = { path: pi, step: si };
      if (s.kind === 'SHARED_EVENT' && s.event) {
        const ev = s.event;
        if (!nodes.has(ev.id)) nodes.set(ev.id, { id: ev.id, label: ev.date ? `${ev.type} · ${formatDate(ev.date)}` : ev.type, kind: 'Event', weight: ev.sourceCount ?? s.sourceCount });
        for (const [end, roles] of /** @type {const} */ ([[s.from, s.fromRoles], [s.to, s.toRoles]])) {
          const id = `took-part:${end.id}|${ev.id}`;
          if (!edges.has(id)) edges.set(id, { id, source: end.id, target: ev.id, type: 'PARTICIPATED_IN', role: roles?.join('/') || null, weight: s.sourceCount, step: ref });
        }
      } else {
        const predicate = s.predicate ?? 'RELATED';
        // The drawn arrow goes from the relation's subject to its object.
        const [subject, object] = s.direction === 'IN' ? [s.to, s.from] : [s.from, s.to];
        const id = `relation:${subject.id}|${predicate}|${object.id}`;
        if (!edges.has(id)) edges.set(id, { id, source: subject.id, target: object.id, type: predicate, role: null, weight: s.sourceCount, step: ref });
      }
    });
  });
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
