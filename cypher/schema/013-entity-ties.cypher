// Each entity's strongest ties (src/graph/ties.ts: its 104 most strongly tied
// neighbours as sorted strings), kept by ingest/add-relations and
// ingest/refresh-relations, read by the neighbourhood (api/neighborhood-step,
// api/neighborhood-edges) instead of a hub's thousands of relations. An
// older graph gets them here; idempotent (only an entity with relations and
// no list is touched), in batches, so a large graph is not one transaction.
// 104 is TIES_KEPT (a test holds them equal).
MATCH (e:Entity)
WHERE e.ties IS NULL AND EXISTS { (e)-[:MEMBER_OF|PART_OF|LEADS|WORKS_FOR|CANDIDATE_OF|SUPPORTS|OPPOSES|LOCATED_IN|RELATIVE_OF]-() }
CALL (e) {
  CALL (e) {
    MATCH (e)-[r:MEMBER_OF|PART_OF|LEADS|WORKS_FOR|CANDIDATE_OF|SUPPORTS|OPPOSES|LOCATED_IN|RELATIVE_OF]-(m)
    WITH m, coalesce(r.sourceCount, 0) AS weight,
         type(r) + CASE WHEN startNode(r) = e THEN '>' ELSE '<' END + ':' + toString(coalesce(r.sourceCount, 0)) AS part
    ORDER BY part
    WITH m, max(weight) AS weight, collect(part) AS parts
    WITH right('0000000' + toString(99999999 - weight), 8) + '\u001f' + m.id + '\u001f'
         + reduce(a = '', p IN parts | a + CASE a WHEN '' THEN '' ELSE ';' END + p) AS tie
    ORDER BY tie
    LIMIT 104
    RETURN collect(tie) AS ties
  }
  SET e.ties = ties
} IN TRANSACTIONS OF 1000 ROWS;
