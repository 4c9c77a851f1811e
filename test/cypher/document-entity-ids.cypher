// Test-only: the entity each document refers to, by the name the document used first.
MATCH (d:Document)-[r:REFERS_TO]->(e:Entity)
WHERE d.id STARTS WITH $prefix
RETURN d.id AS docId, r.aliases[0] AS name, e.id AS id
ORDER BY docId, name
