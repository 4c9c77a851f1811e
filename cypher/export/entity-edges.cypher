// Export: the outgoing edges of the next page of exported entities (same page
// as entities.cypher): aggregated relations to exported entities, and
// participations in exported events. One row per source entity, even one
// without edges, so the last row is the next page's $after.
// With a $docPrefix, an edge is kept when a document with that prefix supports
// it; that document refers to both ends, so both ends are exported too.
MATCH (a:Entity)
WHERE a.id > $after
  AND a.type IN $types
  AND ($docPrefix = '' OR EXISTS { MATCH (d:Document)-[:REFERS_TO]->(a) WHERE d.id STARTS WITH $docPrefix })
WITH a
ORDER BY a.id
LIMIT $limit
CALL (a) {
  MATCH (a)-[r:MEMBER_OF|PART_OF|LEADS|WORKS_FOR|CANDIDATE_OF|SUPPORTS|OPPOSES|LOCATED_IN|RELATIVE_OF]->(b:Entity)
  WHERE b.type IN $types
    AND ($docPrefix = '' OR any(doc IN coalesce(r.docIds, []) WHERE doc STARTS WITH $docPrefix))
  WITH r, b ORDER BY type(r), b.id
  RETURN collect({target: b.id, relation: type(r), role: null, sourceCount: r.sourceCount,
                  confidence: r.confidence, docIds: coalesce(r.docIds, [])}) AS relations
}
CALL (a) {
  MATCH (a)-[p:PARTICIPATED_IN]->(v:Event)
  WHERE $events
    AND ($docPrefix = '' OR any(doc IN coalesce(p.docIds, []) WHERE doc STARTS WITH $docPrefix))
    AND ($since = '' OR v.date + '~' >= $since)
    AND ($until = '' OR v.date <= $until)
  WITH p, v ORDER BY v.id, p.role
  RETURN collect({target: v.id, relation: 'PARTICIPATED_IN', role: p.role, sourceCount: size(coalesce(p.docIds, [])),
                  confidence: null, docIds: coalesce(p.docIds, [])}) AS participations
}
RETURN a.id AS source, relations + participations AS edges
ORDER BY source
