// Each actor's dated events, oldest first, with the roles it had; at most $first each;
// with $minConfidence, only events whose recorded confidence reaches it.
// One row per event: an event told at several places is shown at its most mentioned one.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[p:PARTICIPATED_IN]->(v:Event)
  WHERE v.date IS NOT NULL
    AND ($minConfidence IS NULL OR v.confidence >= $minConfidence)
  WITH v, collect(DISTINCT p.role) AS roles
  RETURN v, roles
  ORDER BY v.date, v.id
  LIMIT $first
}
CALL (v) {
  OPTIONAL MATCH (v)-[:AT]->(p:Place)
  RETURN p.id AS placeId
  ORDER BY coalesce(p.mentionCount, 0) DESC, placeId
  LIMIT 1
}
RETURN id, v {.id, .type, .date, .sourceCount, .docIds, .confidence, placeId: placeId} AS event, roles
