// Recounts the aggregated relation for each (subject, predicate, object) from
// the claims that state it; a relation that no claim states any more is removed.
// One branch per predicate, as in add-relations (why: there).
UNWIND $triples AS t
MATCH (s:Entity {id: t.subject})
MATCH (o:Entity {id: t.object})
OPTIONAL MATCH (s)<-[:SUBJECT]-(c:Claim {predicate: t.predicate})-[:OBJECT]->(o)
WITH s, o, t, collect(DISTINCT c.docId) AS docIds, max(c.confidence) AS confidence
CALL (t, s, o) {
  WITH t, s, o WHERE t.predicate = 'MEMBER_OF' MERGE (s)-[r:MEMBER_OF]->(o) RETURN r
  UNION ALL
  WITH t, s, o WHERE t.predicate = 'PART_OF' MERGE (s)-[r:PART_OF]->(o) RETURN r
  UNION ALL
  WITH t, s, o WHERE t.predicate = 'LEADS' MERGE (s)-[r:LEADS]->(o) RETURN r
  UNION ALL
  WITH t, s, o WHERE t.predicate = 'WORKS_FOR' MERGE (s)-[r:WORKS_FOR]->(o) RETURN r
  UNION ALL
  WITH t, s, o WHERE t.predicate = 'CANDIDATE_OF' MERGE (s)-[r:CANDIDATE_OF]->(o) RETURN r
  UNION ALL
  WITH t, s, o WHERE t.predicate = 'SUPPORTS' MERGE (s)-[r:SUPPORTS]->(o) RETURN r
  UNION ALL
  WITH t, s, o WHERE t.predicate = 'OPPOSES' MERGE (s)-[r:OPPOSES]->(o) RETURN r
  UNION ALL
  WITH t, s, o WHERE t.predicate = 'LOCATED_IN' MERGE (s)-[r:LOCATED_IN]->(o) RETURN r
  UNION ALL
  WITH t, s, o WHERE t.predicate = 'RELATIVE_OF' MERGE (s)-[r:RELATIVE_OF]->(o) RETURN r
}
SET r.docIds = docIds, r.sourceCount = size(docIds), r.confidence = confidence
WITH r WHERE r.sourceCount = 0
DELETE r
