// Finds an event already in the graph that this one reports too: same type,
// a shared participant, and compatible dates (one a prefix of the other), so
// the candidates come from the (type, date) index, not from the participants'
// whole history. Undated events need two shared participants.
UNWIND $events AS row
OPTIONAL CALL (row) {
  WITH row WHERE row.date IS NOT NULL
  // Two seeks of the (type, date) index: a stored date as precise or less
  // ("2024-05" for "2024-05-03"), or more precise ("2024-05-03" for "2024-05").
  CALL (row) {
    UNWIND row.datePrefixes AS prefix
    MATCH (v:Event {type: row.type, date: prefix})
    RETURN v
    UNION
    MATCH (v:Event {type: row.type})
    WHERE v.date STARTS WITH row.date + '-'
    RETURN v
  }
  MATCH (v)<-[:PARTICIPATED_IN]-(p:Entity)
  WHERE p.id IN row.participantIds
  WITH v, count(DISTINCT p) AS shared
  RETURN v.id AS matched, shared
  UNION
  WITH row WHERE row.date IS NULL
  UNWIND row.participantIds AS pid
  MATCH (:Entity {id: pid})-[:PARTICIPATED_IN]->(v:Event {type: row.type})
  WHERE v.date IS NULL
  WITH v, count(DISTINCT pid) AS shared
  WHERE shared >= 2
  RETURN v.id AS matched, shared
}
WITH row, matched, shared
ORDER BY shared DESC, matched
WITH row, collect(matched)[0] AS matched
RETURN row.local AS local, matched
