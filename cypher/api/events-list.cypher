// A page of events in date order (undated last), filtered by type, date range
// (compared at the precision both dates have), participant and place.
MATCH (v:Event)
WHERE ($type IS NULL OR v.type = $type)
  AND ($from IS NULL OR (v.date IS NOT NULL AND v.date >= left($from, size(v.date))))
  AND ($to IS NULL OR (v.date IS NOT NULL AND left(v.date, size($to)) <= $to))
  AND ($actor IS NULL OR EXISTS { (:Entity {id: $actor})-[:PARTICIPATED_IN]->(v) })
  AND ($place IS NULL OR EXISTS { (v)-[:AT]->(:Entity {id: $place}) })
WITH v
ORDER BY v.date IS NULL, v.date, v.id
SKIP $skip
LIMIT $limit
OPTIONAL MATCH (v)-[:AT]->(p:Place)
RETURN v {.id, .type, .date, .sourceCount, .docIds, placeId: p.id} AS event
