// Recounts the aggregated relation for each (subject, predicate, object) from
// the claims that state it; a relation that no claim states any more is removed.
// One branch per predicate, each MERGE on the relation's key, as in add-relations (why: there).
// Then the strongest ties (src/graph/ties.ts) of every end are recounted from
// its relations: a weight that fell, or a relation removed, may let one that a
// full list left out back in. A recount reads all of an end's relations; weights
// fall only when documents are re-ingested with other claims, deleted or curated.
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
WITH s, o, CASE WHEN r.sourceCount = 0 THEN r END AS gone
DELETE gone
WITH collect(s) + collect(o) AS ends
UNWIND ends AS e
WITH DISTINCT e
CALL (e) {
  MATCH (e)-[r:MEMBER_OF|PART_OF|LEADS|WORKS_FOR|CANDIDATE_OF|SUPPORTS|OPPOSES|LOCATED_IN|RELATIVE_OF]-(m)
  WITH m, coalesce(r.sourceCount, 0) AS weight,
       type(r) + CASE WHEN startNode(r) = e THEN '>' ELSE '<' END + ':' + toString(coalesce(r.sourceCount, 0)) AS part
  ORDER BY part
  WITH m, max(weight) AS weight, collect(part) AS parts
  WITH right('0000000' + toString(99999999 - weight), 8) + '\u001f' + m.id + '\u001f'
       + reduce(a = '', p IN parts | a + CASE a WHEN '' THEN '' ELSE ';' END + p) AS tie
  ORDER BY tie
  LIMIT toInteger($tiesKept)
  RETURN collect(tie) AS ties
}
SET e.ties = ties
