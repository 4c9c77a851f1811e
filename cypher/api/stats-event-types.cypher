// Events by type.
MATCH (v:Event)
RETURN v.type AS key, count(*) AS count
ORDER BY count DESC, key
