// The events each document reports, in order of their first report in it.
UNWIND $ids AS id
MATCH (d:Document {id: id})
CALL (d) {
  MATCH (d)-[:HAS_SENTENCE]->(:Sentence)<-[rep:REPORTED_IN]-(v:Event)
  WITH v, min(rep.start) AS at
  RETURN v
  ORDER BY at, v.id
  LIMIT $first
}
OPTIONAL MATCH (v)-[:AT]->(p:Place)
RETURN id, v {.id, .type, .date, .sourceCount, .docIds, placeId: p.id} AS event
