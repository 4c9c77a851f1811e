// One ring of a neighborhood: the entities and events next to $ids that are
// not in $seen, heaviest first, at most $limit. With $minConfidence, relations
// and events below it (or with no recorded confidence) are not followed.
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
OPTIONAL MATCH (v:Event {id: id})
WITH coalesce(e, v) AS n
WHERE n IS NOT NULL
MATCH (n)-[r:MEMBER_OF|PART_OF|LEADS|WORKS_FOR|CANDIDATE_OF|SUPPORTS|OPPOSES|LOCATED_IN|RELATIVE_OF|PARTICIPATED_IN|AT]-(m)
WHERE NOT m.id IN $seen
  AND ($minConfidence IS NULL
       OR ((type(r) IN ['PARTICIPATED_IN', 'AT'] OR r.confidence >= $minConfidence)
           AND (NOT m:Event OR m.confidence >= $minConfidence)))
WITH DISTINCT m
WITH m, CASE WHEN m:Event THEN coalesce(m.sourceCount, 0) ELSE coalesce(m.mentionCount, 0) END AS weight
ORDER BY weight DESC, m.id
LIMIT $limit
RETURN m.id AS id,
       CASE WHEN m:Event THEN m.type + coalesce(' ' + m.date, '') ELSE m.name END AS label,
       CASE WHEN m:Event THEN 'Event' ELSE m.type END AS kind,
       weight
