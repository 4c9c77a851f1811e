// Test-only: entities whose normalized name contains the tag.
MATCH (e:Entity) WHERE e.normName CONTAINS $tag
RETURN e.id AS id, e.name AS name, e.aliases AS aliases, e.documentCount AS documentCount
ORDER BY id
