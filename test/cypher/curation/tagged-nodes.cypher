// Test-only: every node tagged by the test (id or key contains the tag), curations aside, with its properties.
MATCH (n)
WHERE coalesce(n.id, n.key, '') CONTAINS $tag AND NOT n:Curation
RETURN coalesce(n.id, n.key) AS id, labels(n) AS labels, properties(n) AS props
ORDER BY id
