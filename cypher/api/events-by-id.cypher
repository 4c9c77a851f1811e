// Events by id, with their place, for the API's per-request loader.
// One row per event: an event told at several places is shown at its most mentioned one.
UNWIND $ids AS id
MATCH (v:Event {id: id})
CALL (v) {
  OPTIONAL MATCH (v)-[:AT]->(p:Place)
  RETURN p.id AS placeId
  ORDER BY coalesce(p.mentionCount, 0) DESC, placeId
  LIMIT 1
}
RETURN v {.id, .type, .date, .sourceCount, .docIds, .confidence, placeId: placeId} AS event
