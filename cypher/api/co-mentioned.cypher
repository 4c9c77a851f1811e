// The actors most often named in the same sentences as each entity, at most $first each.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)<-[:MENTIONS]-(s:Sentence)-[:MENTIONS]->(o:Actor)
  WHERE o <> e
  WITH o, count(DISTINCT s) AS sentenceCount, count(DISTINCT s.docId) AS documentCount
  RETURN o, sentenceCount, documentCount
  ORDER BY sentenceCount DESC, documentCount DESC, o.mentionCount DESC, o.id
  LIMIT $first
}
RETURN id, o.id AS actorId, sentenceCount, documentCount
