// Test-only: the entities a document refers to.
MATCH (:Document {id: $docId})-[:REFERS_TO]->(e:Entity)
RETURN e.id AS id
ORDER BY id
