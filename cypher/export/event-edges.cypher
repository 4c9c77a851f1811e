// Export: the place of each event of the next page of exported events (same
// page as events.cypher), when that place is exported too. One row per event,
// even one without a place, so the last row is the next page's $after.
MATCH (v:Event)
WHERE v.id > $after
  AND ($docPrefix = '' OR any(doc IN coalesce(v.docIds, []) WHERE doc STARTS WITH $docPrefix))
  AND ($since = '' OR v.date + '~' >= $since)
  AND ($until = '' OR v.date <= $until)
WITH v
ORDER BY v.id
LIMIT $limit
CALL (v) {
  MATCH (v)-[:AT]->(pl:Entity)
  WHERE pl.type IN $types
    AND ($docPrefix = '' OR EXISTS { MATCH (d:Document)-[:REFERS_TO]->(pl) WHERE d.id STARTS WITH $docPrefix })
  WITH pl ORDER BY pl.id
  RETURN collect(pl.id) AS places
}
RETURN v.id AS source, places
ORDER BY source
