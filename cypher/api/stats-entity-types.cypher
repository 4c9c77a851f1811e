// Entities by type.
MATCH (e:Entity)
RETURN e.type AS key, count(*) AS count
ORDER BY count DESC, key
