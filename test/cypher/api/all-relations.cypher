// Test oracle: every aggregated relation between entities.
MATCH (s:Entity)-[r]->(o:Entity)
WHERE type(r) IN ['MEMBER_OF', 'PART_OF', 'LEADS', 'WORKS_FOR', 'CANDIDATE_OF', 'SUPPORTS', 'OPPOSES', 'LOCATED_IN', 'RELATIVE_OF']
RETURN s.id AS subject, type(r) AS predicate, o.id AS object, r.sourceCount AS sourceCount
