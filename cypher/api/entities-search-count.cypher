// How many entities match a Lucene query over names and aliases.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node
WHERE ($actorsOnly = false OR node:Actor) AND ($type IS NULL OR node.type = $type)
RETURN count(node) AS count
