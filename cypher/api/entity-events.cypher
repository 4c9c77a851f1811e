// The events each entity took part in (or, for a place, that happened there),
// filtered by type and date range, newest first, at most $first each.
// Date ranges compare at the precision both dates have (see schema.graphql).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[:PARTICIPATED_IN]->(v:Event)
  RETURN v
  UNION
  MATCH (v:Event)-[:AT]->(e)
  RETURN v
}
WITH id, v
WHERE ($type IS NULL OR v.type = $type)
  AND ($from IS NULL OR (v.date IS NOT NULL AND v.date >= left($from, size(v.date))))
  AND ($to IS NULL OR (v.date IS NOT NULL AND left(v.date, size($to)) <= $to))
WITH id, v
ORDER BY v.date IS NULL, v.date DESC, v.id
WITH id, collect(v)[..$first] AS events
UNWIND events AS v
OPTIONAL MATCH (v)-[:AT]->(p:Place)
RETURN id, v {.id, .type, .date, .sourceCount, .docIds, placeId: p.id} AS event
