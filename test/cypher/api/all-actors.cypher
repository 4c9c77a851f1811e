// Test oracle: every actor with what the default order uses.
MATCH (a:Actor)
RETURN a.id AS id, a.name AS name, a.type AS type, a.aliases AS aliases, a.mentionCount AS mentionCount, a.documentCount AS documentCount
