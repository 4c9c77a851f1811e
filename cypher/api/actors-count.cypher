// How many actors (of a type) there are.
MATCH (a:Actor)
WHERE $type IS NULL OR a.type = $type
RETURN count(a) AS count
