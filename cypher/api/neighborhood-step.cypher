// One ring of a neighborhood: the entities and events next to $ids that are
// not in $seen, heaviest first, at most $limit.
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
OPTIONAL MATCH (v:Event {id: id})
WITH coalesce(e, v) AS n
WHERE n IS NOT NULL
MATCH (n)-[:MEMBER_OF|PART_OF|LEADS|WORKS_FOR|CANDIDATE_OF|SUPPORTS|OPPOSES|LOCATED_IN|RELATIVE_OF|PARTICIPATED_IN|AT]-(m)
WHERE NOT m.id IN $seen
WITH DISTINCT m
WITH m, CASE WHEN m:Event THEN coalesce(m.sourceCount, 0) ELSE coalesce(m.mentionCount, 0) END AS weight
ORDER BY weight DESC, m.id
LIMIT $limit
RETURN m.id AS id,
       CASE WHEN m:Event THEN m.type + coalesce(' ' + m.date, '') ELSE m.name END AS label,
       CASE WHEN m:Event THEN 'Event' ELSE m.type END AS kind,
       weight
