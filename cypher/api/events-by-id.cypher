// Events by id, with their place, for the API's per-request loader.
// One row per event: an event told at several places is shown at its most mentioned one,
// whose record comes along (the API's `place` needs no second statement).
UNWIND $ids AS id
MATCH (v:Event {id: id})
CALL (v) {
  OPTIONAL MATCH (v)-[:AT]->(p:Place)
  RETURN p
  ORDER BY coalesce(p.mentionCount, 0) DESC, p.id
  LIMIT 1
}
RETURN v {.id, .type, .date, .sourceCount, .confidence, placeId: p.id, place: p {.id, .name, .type, .aliases, .mentionCount, .documentCount, curated: coalesce(p.curated, false), place: true}} AS event
