// Test-only: nodes whose id, key or docId contains the test's tag, by label.
MATCH (n)
WHERE coalesce(n.id, n.key, n.docId, '') CONTAINS $tag
UNWIND labels(n) AS label
RETURN label, count(DISTINCT n) AS count
ORDER BY label
