// Test-only: every relationship touching a tagged node, curations aside, with its properties.
MATCH (a)-[r]->(b)
WHERE (coalesce(a.id, a.key, '') CONTAINS $tag OR coalesce(b.id, b.key, '') CONTAINS $tag) AND NOT a:Curation
RETURN coalesce(a.id, a.key) AS from, type(r) AS type, coalesce(b.id, b.key) AS to, properties(r) AS props
