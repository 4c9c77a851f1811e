// Export: the next page of actors and places after $after, in id order (keyset
// pagination served by the entity_id constraint's index), kept by type and,
// when $docPrefix is not '', only those a document with that id prefix refers to.
MATCH (e:Entity)
WHERE e.id > $after
  AND e.type IN $types
  AND ($docPrefix = '' OR EXISTS { MATCH (d:Document)-[:REFERS_TO]->(e) WHERE d.id STARTS WITH $docPrefix })
WITH e
ORDER BY e.id
LIMIT $limit
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases,
       e.mentionCount AS mentionCount, e.documentCount AS documentCount
