// Test oracle: ids of the entities and events one hop from a node, over the relationships a neighborhood draws.
MATCH (n {id: $id})-[r]-(m)
WHERE type(r) IN ['MEMBER_OF', 'PART_OF', 'LEADS', 'WORKS_FOR', 'CANDIDATE_OF', 'SUPPORTS', 'OPPOSES', 'LOCATED_IN', 'RELATIVE_OF', 'PARTICIPATED_IN', 'AT']
RETURN collect(DISTINCT m.id) AS ids
