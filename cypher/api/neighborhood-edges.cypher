// The relations, participations and places among a set of entities and events, each once;
// with $minConfidence, relations below it (or with none recorded) are left out.
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
OPTIONAL MATCH (v:Event {id: id})
WITH coalesce(e, v) AS n
WHERE n IS NOT NULL
MATCH (n)-[r:MEMBER_OF|PART_OF|LEADS|WORKS_FOR|CANDIDATE_OF|SUPPORTS|OPPOSES|LOCATED_IN|RELATIVE_OF|PARTICIPATED_IN|AT]->(m)
WHERE m.id IN $ids
  AND ($minConfidence IS NULL OR type(r) IN ['PARTICIPATED_IN', 'AT'] OR r.confidence >= $minConfidence)
RETURN n.id AS source, m.id AS target, type(r) AS type, r.role AS role,
       CASE type(r) WHEN 'AT' THEN coalesce(n.sourceCount, 1) WHEN 'PARTICIPATED_IN' THEN size(coalesce(r.docIds, [])) ELSE coalesce(r.sourceCount, 0) END AS weight
ORDER BY source, type, target, role
