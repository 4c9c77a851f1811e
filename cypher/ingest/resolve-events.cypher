// Finds an event already in the graph that this one reports too: same type,
// a shared participant, and compatible dates (one a prefix of the other).
// Undated events need two shared participants.
UNWIND $events AS row
OPTIONAL CALL (row) {
  MATCH (p:Entity)-[:PARTICIPATED_IN]->(v:Event)
  WHERE p.id IN row.participantIds AND v.type = row.type
    AND (
      (row.date IS NOT NULL AND v.date IS NOT NULL AND (v.date STARTS WITH row.date OR row.date STARTS WITH v.date))
      OR (row.date IS NULL AND v.date IS NULL)
    )
  WITH v, count(DISTINCT p) AS shared
  WHERE shared >= CASE WHEN row.date IS NULL THEN 2 ELSE 1 END
  RETURN v.id AS matched
  ORDER BY shared DESC, v.id
  LIMIT 1
}
RETURN row.local AS local, matched
