// The events each entity took part in (or, for a place, that happened there),
// filtered by type and date range, newest first, at most $first each.
// Date ranges compare at the precision both dates have (see schema.graphql);
// events with no recorded confidence never pass $minConfidence.
// One row per event: an event told at several places is shown at its most mentioned one.
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
  AND ($minConfidence IS NULL OR v.confidence >= $minConfidence)
WITH id, v
ORDER BY v.date IS NULL, v.date DESC, v.id
WITH id, collect(v)[..$first] AS events
UNWIND events AS v
CALL (v) {
  OPTIONAL MATCH (v)-[:AT]->(p:Place)
  RETURN p.id AS placeId
  ORDER BY coalesce(p.mentionCount, 0) DESC, placeId
  LIMIT 1
}
RETURN id, v {.id, .type, .date, .sourceCount, .docIds, .confidence, placeId: placeId} AS event
