// Test-only: forgets every compiled plan, so the next statements are planned for the graph as it stands.
CALL db.clearQueryCaches()
