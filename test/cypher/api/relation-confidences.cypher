// Test oracle: the confidence of every aggregated relation of an entity.
MATCH (a:Entity {id: $id})-[r:MEMBER_OF|PART_OF|LEADS|WORKS_FOR|CANDIDATE_OF|SUPPORTS|OPPOSES|LOCATED_IN|RELATIVE_OF]-(o:Entity)
WHERE o <> a
RETURN type(r) AS predicate, startNode(r).id AS subject, endNode(r).id AS object, r.confidence AS confidence
