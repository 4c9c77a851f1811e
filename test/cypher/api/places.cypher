// Test oracle: every place, most mentioned first.
MATCH (p:Place)
RETURN p.id AS id, coalesce(p.mentionCount, 0) AS mentions
ORDER BY mentions DESC, id
