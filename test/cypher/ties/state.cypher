// Test-only: the entities named with $tag (in their name), each with its kept
// ties and the same list recounted from its relations (as
// ingest/refresh-relations recounts it), and its relation neighbours ranked by
// their heaviest relation with it (ties by id), all of them.
MATCH (e:Entity)
WHERE e.name CONTAINS $tag
CALL (e) {
  OPTIONAL MATCH (e)-[r:MEMBER_OF|PART_OF|LEADS|WORKS_FOR|CANDIDATE_OF|SUPPORTS|OPPOSES|LOCATED_IN|RELATIVE_OF]-(m)
  WITH m, r, coalesce(r.sourceCount, 0) AS weight,
       type(r) + CASE WHEN startNode(r) = e THEN '>' ELSE '<' END + ':' + toString(coalesce(r.sourceCount, 0)) AS part
  ORDER BY part
  WITH m, max(weight) AS weight, collect(part) AS parts
  WITH right('0000000' + toString(99999999 - weight), 8) + '\u001f' + m.id + '\u001f'
       + reduce(a = '', p IN parts | a + CASE a WHEN '' THEN '' ELSE ';' END + p) AS tie
  ORDER BY tie
  LIMIT toInteger($tiesKept)
  RETURN collect(tie) AS recounted
}
CALL (e) {
  OPTIONAL MATCH (e)-[r:MEMBER_OF|PART_OF|LEADS|WORKS_FOR|CANDIDATE_OF|SUPPORTS|OPPOSES|LOCATED_IN|RELATIVE_OF]-(m)
  WITH m, max(r.sourceCount) AS weight
  ORDER BY weight DESC, m.id
  RETURN collect(m.id) AS ranked
}
RETURN e.id AS id, e.name AS name, coalesce(e.ties, []) AS ties, recounted, ranked
ORDER BY name
