// Removes the graph of read-profile.db.test.ts.
MATCH (n)
WHERE n.id STARTS WITH $prefix
DETACH DELETE n
