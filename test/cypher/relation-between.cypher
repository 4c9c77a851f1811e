MATCH (s:Entity {id: $subject})-[r]->(o:Entity {id: $object})
RETURN type(r) AS predicate, r.sourceCount AS sourceCount, r.docIds AS docIds
