// Entities whose name or aliases match a Lucene query (built by graph/queries/lucene.ts), best first.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WHERE ($actorsOnly = false OR node:Actor) AND ($type IS NULL OR node.type = $type)
WITH node, score
ORDER BY score DESC, node.mentionCount DESC, node.id
SKIP $skip
LIMIT $limit
RETURN node {.id, .name, .type, .aliases, .mentionCount, .documentCount, curated: coalesce(node.curated, false), place: node:Place} AS entity, score
