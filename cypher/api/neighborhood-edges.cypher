// The relations, participations and places among the nodes of a neighborhood
// ($entityIds, $eventIds), each once. Every edge is found from its cheap end:
// relations from their subject (relation types only, so an entity's events are
// never walked), participations and places from the event (an event has a few
// participants and one place), so a hub among the nodes costs what its
// relations cost, not its thousands of events.
// With $minConfidence, relations below it (or with none recorded) are left out.
// A participation weighs the documents naming it (kept by the writer as
// sourceCount; counted from docIds for one written before).
CALL () {
  MATCH (n:Entity)
  WHERE n.id IN $entityIds
  RETURN collect(n) AS entities
}
CALL (entities) {
  UNWIND entities AS n
  MATCH (n)-[r:MEMBER_OF|PART_OF|LEADS|WORKS_FOR|CANDIDATE_OF|SUPPORTS|OPPOSES|LOCATED_IN|RELATIVE_OF]->(m:Entity)
  WHERE m IN entities AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  RETURN n AS a, r, m AS b, coalesce(r.sourceCount, 0) AS weight
  UNION
  MATCH (v:Event)
  WHERE v.id IN $eventIds
  MATCH (v)-[r:PARTICIPATED_IN|AT]-(m:Entity)
  WHERE m IN entities
  RETURN startNode(r) AS a, r, endNode(r) AS b,
         CASE type(r) WHEN 'AT' THEN coalesce(v.sourceCount, 1) ELSE coalesce(r.sourceCount, size(coalesce(r.docIds, []))) END AS weight
}
RETURN a.id AS source, b.id AS target, type(r) AS type, r.role AS role, weight
ORDER BY source, type, target, role
