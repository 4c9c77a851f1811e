// Test-only: entities that documents whose id starts with $prefix refer to, with what each of those documents says of them.
MATCH (d:Document)-[r:REFERS_TO]->(e:Entity)
WHERE d.id STARTS WITH $prefix
RETURN e.id AS id, e.type AS type, e.name AS name, e.aliases AS aliases, e.mentionCount AS mentionCount, e.documentCount AS documentCount,
       collect({doc: d.id, names: r.aliases}) AS refs
