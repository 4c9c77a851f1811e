// Test-only: relationships touching a node whose id or key contains the test's tag, by type.
MATCH (a)-[r]->(b)
WHERE coalesce(a.id, a.key, '') CONTAINS $tag OR coalesce(b.id, b.key, '') CONTAINS $tag
RETURN type(r) AS type, count(DISTINCT r) AS count
ORDER BY type
