// The stored events that a group of documents' event reports may be (the
// writer decides among them, event-identity.ts): same type, and either a date
// that agrees (found through the (type, date) index: as precise or less, or
// more precise), or no date on one side, found through a specific participant.
// Each comes with its places and its participants among $specificIds.
// The look through a participant is bounded: at most $perParticipant of its
// events, the most recently linked first (the order Neo4j keeps a node's
// relationships in), so a participant named in thousands of reports costs
// what one named in a few hundred does. An undated report of an older event
// of such a hub is still found through any other, less busy, participant.
UNWIND $events AS row
CALL (row) {
  WITH row WHERE row.date IS NOT NULL
  UNWIND row.datePrefixes AS prefix
  MATCH (v:Event {type: row.type, date: prefix})
  RETURN v
  UNION
  WITH row WHERE row.date IS NOT NULL
  MATCH (v:Event {type: row.type})
  WHERE v.date STARTS WITH row.date + '-'
  RETURN v
  UNION
  UNWIND row.specificIds AS pid
  CALL (pid) {
    MATCH (:Entity {id: pid})-[:PARTICIPATED_IN]->(v:Event)
    RETURN v LIMIT toInteger($perParticipant)
  }
  WITH row, v WHERE v.type = row.type AND (row.date IS NULL OR v.date IS NULL)
  RETURN v
}
// Each candidate's participants are read once (an event told by many
// documents has many), and only events with one among $specificIds are kept.
WITH DISTINCT v
OPTIONAL MATCH (v)<-[r:PARTICIPATED_IN]-(p:Entity)
WHERE p.id IN $specificIds
WITH v, [x IN collect({entity: p.id, role: r.role}) WHERE x.entity IS NOT NULL] AS participants
WHERE size(participants) > 0
OPTIONAL MATCH (v)-[:AT]->(pl:Entity)
RETURN v.id AS id, v.type AS type, v.date AS date, collect(DISTINCT pl.id) AS places, participants
