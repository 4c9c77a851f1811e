// The events each document reports, in order of their first report in it.
// One row per event: an event told at several places is shown at its most mentioned one,
// whose record comes along (the API's `place` needs no second statement).
UNWIND $ids AS id
MATCH (d:Document {id: id})
CALL (d) {
  MATCH (d)-[:HAS_SENTENCE]->(:Sentence)<-[rep:REPORTED_IN]-(v:Event)
  WITH v, min(rep.start) AS at
  RETURN v
  ORDER BY at, v.id
  LIMIT $first
}
CALL (v) {
  OPTIONAL MATCH (v)-[:AT]->(p:Place)
  RETURN p
  ORDER BY coalesce(p.mentionCount, 0) DESC, p.id
  LIMIT 1
}
RETURN id, v {.id, .type, .date, .sourceCount, .confidence, placeId: p.id, place: p {.id, .name, .type, .aliases, .mentionCount, .documentCount, curated: coalesce(p.curated, false), place: true}} AS event
