// Test-only: aggregated relations that documents whose id starts with $prefix state.
MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.docIds IS NOT NULL AND any(x IN r.docIds WHERE x STARTS WITH $prefix)
RETURN s.id AS subject, type(r) AS predicate, o.id AS object, r.docIds AS docIds, r.sourceCount AS sourceCount
