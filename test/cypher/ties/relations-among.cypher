// Test-only: every relation among the entities $ids, as "subject|TYPE|object|weight".
MATCH (a:Entity)-[r:MEMBER_OF|PART_OF|LEADS|WORKS_FOR|CANDIDATE_OF|SUPPORTS|OPPOSES|LOCATED_IN|RELATIVE_OF]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids
RETURN a.id + '|' + type(r) + '|' + b.id + '|' + toString(r.sourceCount) AS edge
ORDER BY edge
