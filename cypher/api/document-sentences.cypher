// The sentences of each document in text order, at most $first each.
UNWIND $ids AS id
MATCH (d:Document {id: id})
CALL (d) {
  MATCH (d)-[:HAS_SENTENCE]->(s:Sentence)
  RETURN s
  ORDER BY s.index
  LIMIT $first
}
RETURN id, s {.id, .index, .text, .start, .end, .docId} AS sentence
