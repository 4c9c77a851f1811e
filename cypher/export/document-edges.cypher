// Export (--with-documents): which exported entities each document of the
// next page names (REFERS_TO, with its mention count). One row per document,
// even one naming none, so the last row is the next page's $after. A document
// of the sub-corpus refers to entities that the sub-corpus exports too.
MATCH (d:Document)
WHERE d.id > $after
  AND d.id STARTS WITH $docPrefix
WITH d
ORDER BY d.id
LIMIT $limit
CALL (d) {
  MATCH (d)-[ref:REFERS_TO]->(e:Entity)
  WHERE e.type IN $types
  WITH ref, e ORDER BY e.id
  RETURN collect({target: e.id, mentions: ref.mentions}) AS entities
}
RETURN d.id AS source, entities
ORDER BY source
