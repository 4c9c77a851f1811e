// The events each document reports, in order of their first report in it.
// One row per event: an event told at several places is shown at its most mentioned one.
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
  RETURN p.id AS placeId
  ORDER BY coalesce(p.mentionCount, 0) DESC, placeId
  LIMIT 1
}
RETURN id, v {.id, .type, .date, .sourceCount, .docIds, .confidence, placeId: placeId} AS event
