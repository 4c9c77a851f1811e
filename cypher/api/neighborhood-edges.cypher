// The relations, participations and places among the nodes of a neighborhood
// ($entityIds, $eventIds), each once. Every edge is found from its cheap end:
// relations from their subject (relation types only, so an entity's events are
// never walked), participations and places from the event (an event has a few
// participants and one place), so a hub among the nodes costs what its
// relations cost, not its thousands of events. Relations join entities,
// participations an entity to an event and AT an event to its place: the other
// end needs no label test.
// With $minConfidence, relations below it (or with none recorded) are left out.
// A participation weighs the documents naming it (kept by the writer as
// sourceCount; counted from docIds for one written before).
// Returns one row, as api/neighborhood-step does with $withEdges: the edges
// (each a string "a type b role weight") with their ends by element id, and the element ids of the nodes with their
// ids (null when there are no edges).
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
    UNWIND entities AS n
    MATCH (n)-[r:MEMBER_OF|PART_OF|LEADS|WORKS_FOR|CANDIDATE_OF|SUPPORTS|OPPOSES|LOCATED_IN|RELATIVE_OF]->(m)
    WITH n, r, m, elementId(m) AS b
    WHERE b IN entityKeys AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    RETURN elementId(n) AS a, type(r) AS type, b, null AS role, coalesce(r.sourceCount, 0) AS weight
    UNION ALL
    UNWIND events AS v
    MATCH (v)-[r:PARTICIPATED_IN|AT]-(m)
    WHERE elementId(m) IN entityKeys
    RETURN elementId(startNode(r)) AS a, type(r) AS type, elementId(endNode(r)) AS b,
           CASE type(r) WHEN 'AT' THEN null ELSE r.role END AS role,
           CASE type(r) WHEN 'AT' THEN coalesce(v.sourceCount, 1) ELSE coalesce(r.sourceCount, size(coalesce(r.docIds, []))) END AS weight
  }
  WITH entities, events, collect(a + ' ' + type + ' ' + b + ' ' + coalesce(role, '') + ' ' + toString(weight)) AS edges
  RETURN {edges: edges, keys: [x IN entities + events | [elementId(x), x.id]]} AS edges
}
RETURN edges
