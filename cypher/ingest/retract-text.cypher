// Removes a document's sentences (with their mentions) and its references to
// entities; returns the entities to recount. The Document node itself stays.
MATCH (d:Document {id: $docId})
CALL (d) {
  MATCH (d)-[:HAS_SENTENCE]->(s:Sentence)
  DETACH DELETE s
}
CALL (d) {
  OPTIONAL MATCH (d)-[ref:REFERS_TO]->(e:Entity)
  DELETE ref
  RETURN collect(e.id) AS entityIds
}
RETURN entityIds
