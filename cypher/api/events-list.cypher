// A page of events in date order (undated last), filtered by type, date range
// (compared at the precision both dates have), participant, place and minimum
// confidence (events with no recorded confidence never pass it).
// One row per event: an event told at several places is shown at its most mentioned one,
// whose record comes along (the API's `place` needs no second statement).
MATCH (v:Event)
WHERE ($type IS NULL OR v.type = $type)
  AND ($from IS NULL OR (v.date IS NOT NULL AND v.date >= left($from, size(v.date))))
  AND ($to IS NULL OR (v.date IS NOT NULL AND left(v.date, size($to)) <= $to))
  AND ($actor IS NULL OR EXISTS { (:Entity {id: $actor})-[:PARTICIPATED_IN]->(v) })
  AND ($place IS NULL OR EXISTS { (v)-[:AT]->(:Entity {id: $place}) })
  AND ($minConfidence IS NULL OR v.confidence >= $minConfidence)
WITH v
ORDER BY v.date IS NULL, v.date, v.id
SKIP $skip
LIMIT $limit
CALL (v) {
  OPTIONAL MATCH (v)-[:AT]->(p:Place)
  RETURN p
  ORDER BY coalesce(p.mentionCount, 0) DESC, p.id
  LIMIT 1
}
RETURN v {.id, .type, .date, .sourceCount, .confidence, placeId: p.id, place: p {.id, .name, .type, .aliases, .mentionCount, .documentCount, curated: coalesce(p.curated, false), place: true}} AS event
