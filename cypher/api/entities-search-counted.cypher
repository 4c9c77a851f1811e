// Entities whose name or aliases match a Lucene query, best first: one page
// and how many match in all, from one run of the full-text query.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WHERE ($actorsOnly = false OR node:Actor) AND ($type IS NULL OR node.type = $type)
WITH node, score
ORDER BY score DESC, node.mentionCount DESC, node.id
WITH collect({node: node, score: score}) AS hits
WITH size(hits) AS total, hits[$skip..$skip + $limit] AS page
CALL (page) {
  UNWIND page AS h
  WITH h.node AS node, h.score AS score
  RETURN collect({
    entity: node {.id, .name, .type, .aliases, .mentionCount, .documentCount, curated: coalesce(node.curated, false), place: node:Place},
    score: score
  }) AS rows
}
RETURN total, rows
