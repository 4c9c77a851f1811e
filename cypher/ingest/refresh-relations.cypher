// Recounts the aggregated relation for each (subject, predicate, object) from
// the claims that state it; a relation that no claim states any more is removed.
// One branch per predicate, each MERGE on the relation's key, as in add-relations (why: there).
UNWIND $triples AS t
MATCH (s:Entity {id: t.subject})
MATCH (o:Entity {id: t.object})
OPTIONAL MATCH (s)<-[:SUBJECT]-(c:Claim {predicate: t.predicate})-[:OBJECT]->(o)
WITH s, o, t, collect(DISTINCT c.docId) AS docIds, max(c.confidence) AS confidence
CALL (t, s, o) {
  WITH t, s, o WHERE t.predicate = 'MEMBER_OF' MERGE (s)-[r:MEMBER_OF {key: t.subject + '\u001f' + t.object}]->(o) RETURN r
  UNION ALL
  WITH t, s, o WHERE t.predicate = 'PART_OF' MERGE (s)-[r:PART_OF {key: t.subject + '\u001f' + t.object}]->(o) RETURN r
  UNION ALL
  WITH t, s, o WHERE t.predicate = 'LEADS' MERGE (s)-[r:LEADS {key: t.subject + '\u001f' + t.object}]->(o) RETURN r
  UNION ALL
  WITH t, s, o WHERE t.predicate = 'WORKS_FOR' MERGE (s)-[r:WORKS_FOR {key: t.subject + '\u001f' + t.object}]->(o) RETURN r
  UNION ALL
  WITH t, s, o WHERE t.predicate = 'CANDIDATE_OF' MERGE (s)-[r:CANDIDATE_OF {key: t.subject + '\u001f' + t.object}]->(o) RETURN r
  UNION ALL
  WITH t, s, o WHERE t.predicate = 'SUPPORTS' MERGE (s)-[r:SUPPORTS {key: t.subject + '\u001f' + t.object}]->(o) RETURN r
  UNION ALL
  WITH t, s, o WHERE t.predicate = 'OPPOSES' MERGE (s)-[r:OPPOSES {key: t.subject + '\u001f' + t.object}]->(o) RETURN r
  UNION ALL
  WITH t, s, o WHERE t.predicate = 'LOCATED_IN' MERGE (s)-[r:LOCATED_IN {key: t.subject + '\u001f' + t.object}]->(o) RETURN r
  UNION ALL
  WITH t, s, o WHERE t.predicate = 'RELATIVE_OF' MERGE (s)-[r:RELATIVE_OF {key: t.subject + '\u001f' + t.object}]->(o) RETURN r
}
SET r.docIds = docIds, r.sourceCount = size(docIds), r.confidence = confidence
WITH r WHERE r.sourceCount = 0
DELETE r
