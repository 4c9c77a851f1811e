// The relations, participations and places among the nodes of a neighborhood
// ($entityIds, $eventIds), each once. Every edge is found from its cheap end:
// relations from the entities' strongest ties (a list each; with
// $minConfidence from their subject), participations and places from the
// event (an event has a few participants and one place), so a hub among the
// nodes costs a list, not its thousands of relations and events. Relations join entities,
// participations an entity to an event and AT an event to its place: the other
// end needs no label test.
// With $minConfidence, relations below it (or with none recorded) are left out.
// A participation weighs the documents naming it (kept by the writer as
// sourceCount; counted from docIds for one written before).
// Returns one row, as api/neighborhood-step does with $withEdges: the edges
// (each a string "a<US>type<US>b<US>role<US>weight", <US> being \u001f) with
// their ends by element id or id, and the element ids and ids of the nodes
// with their ids (null when there are no edges).
CALL () {
  MATCH (n:Entity)
  WHERE n.id IN $entityIds
  RETURN collect(n) AS entities
}
CALL () {
  MATCH (v:Event)
  WHERE v.id IN $eventIds
  RETURN collect(v) AS events
}
OPTIONAL CALL (entities, events) {
  // Membership is tested on element ids, not nodes: a string in a list of
  // strings costs a third of the CPU of a node in a list of nodes, and a
  // hub's kept neighbours have thousands of relations to test. The two parts
  // find different edges (relation types, then participations and places), so
  // nothing needs deduplicating.
  WITH entities, events, [x IN entities | elementId(x)] AS entityKeys
  CALL (entities, events, entityKeys) {
    // Relations from the entities' strongest ties (src/graph/ties.ts): every
    // one of an entity that keeps all its neighbours there, and between two
    // that keep more, those of a pair in either's list, so a hub among the
    // nodes costs one list, not its thousands of relations. An entry holds
    // all the pair's relations ("TYPE>:weight;..."; '>': this entity is the
    // subject). Ends by id (the keys name them too).
    WITH entities, [x IN entities | x.id] AS entityIds
    UNWIND CASE WHEN $minConfidence IS NULL THEN entities ELSE [] END AS n
    UNWIND coalesce(n.ties, []) AS tie
    WITH n, split(tie, '\u001f') AS t, entityIds
    WHERE t[1] IN entityIds
    UNWIND split(t[2], ';') AS part
    WITH n.id AS self, t[1] AS other, split(part, ':') AS p
    WITH DISTINCT CASE WHEN p[0] ENDS WITH '>' THEN [self, other] ELSE [other, self] END AS ends,
         left(p[0], size(p[0]) - 1) AS type, toInteger(p[1]) AS weight
    RETURN ends[0] AS a, type, ends[1] AS b, null AS role, weight
    UNION ALL
    // With $minConfidence, which the lists do not know: each entity's relations, from the subject.
    UNWIND CASE WHEN $minConfidence IS NULL THEN [] ELSE entities END AS n
    MATCH (n)-[r:MEMBER_OF|PART_OF|LEADS|WORKS_FOR|CANDIDATE_OF|SUPPORTS|OPPOSES|LOCATED_IN|RELATIVE_OF]->(m)
    WITH n, r, m, elementId(m) AS b
    WHERE b IN entityKeys AND r.confidence >= $minConfidence
    RETURN elementId(n) AS a, type(r) AS type, b, null AS role, coalesce(r.sourceCount, 0) AS weight
    UNION ALL
    UNWIND events AS v
    MATCH (v)-[r:PARTICIPATED_IN|AT]-(m)
    WHERE elementId(m) IN entityKeys
    RETURN elementId(startNode(r)) AS a, type(r) AS type, elementId(endNode(r)) AS b,
           CASE type(r) WHEN 'AT' THEN null ELSE r.role END AS role,
           CASE type(r) WHEN 'AT' THEN coalesce(v.sourceCount, 1) ELSE coalesce(r.sourceCount, size(coalesce(r.docIds, []))) END AS weight
  }
  WITH entities, events, collect(a + '\u001f' + type + '\u001f' + b + '\u001f' + coalesce(role, '') + '\u001f' + toString(weight)) AS edges
  RETURN {edges: edges, keys: [x IN entities + events | [elementId(x), x.id]] + [x IN entities | [x.id, x.id]]} AS edges
}
RETURN edges
