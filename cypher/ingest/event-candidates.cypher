// The stored events that a group of documents' event reports may be (the
// writer decides among them, event-identity.ts): same type, and either a date
// that agrees (found through the (type, date) index: as precise or less, or
// more precise), or no date on one side, found through a specific participant.
// Each comes with its places and its participants among the specific ones
// of the group's reports of its type ($specificByType).
// $dated holds each (type, date) of the dated reports once. $participants holds
// each specific participant once, with the types of events to take from it:
// any of `anyDate` (an undated report names it), undated ones of `undatedOnly`
// (a dated report names it); so a participant's events are read once per group,
// however many reports name it, and the window of days its events' reports
// must fall in (p.from, p.to) for an undated match.
// The look through a participant is bounded: at most $perParticipant of its
// events, the most recently linked first (the order Neo4j keeps a node's
// relationships in), so a participant named in thousands of reports costs
// what one named in a few hundred does. An undated report of an older event
// of such a hub is still found through any other, less busy, participant.
CALL () {
  UNWIND $dated AS row
  UNWIND row.datePrefixes AS prefix
  MATCH (v:Event {type: row.type, date: prefix})
  RETURN v
  UNION
  UNWIND $dated AS row
  MATCH (v:Event {type: row.type})
  WHERE v.date STARTS WITH row.date + '-'
  RETURN v
  UNION
  UNWIND $participants AS p
  CALL (p) {
    // A participation always leads to an event: no label check on the way.
    MATCH (:Entity {id: p.id})-[:PARTICIPATED_IN]->(v)
    RETURN v LIMIT toInteger($perParticipant)
  }
  WITH p, v WHERE (v.type IN p.anyDate OR (v.date IS NULL AND v.type IN p.undatedOnly))
    // The reporting window (event-identity.ts): an event reported too long
    // before or after every report naming p is none of them. Events or
    // reports without publication days have no window.
    AND (p.from IS NULL OR v.firstReported IS NULL OR (v.firstReported >= p.from AND v.lastReported <= p.to))
  RETURN v
}
// Each candidate's places, and its participants that can matter: the specific
// ones of the group's reports of its type (only a report of its type can be
// it), found from the side that costs less. An event's few edges are walked
// once for both (a participation always comes in, AT always goes out to a
// place: write-events, retract-events), while an event many documents report
// (hundreds of participants) is asked for each of those by its participation
// keys (schema 009), a seek each, and its place read on its own.
WITH DISTINCT v
// The degree is read once (from the node's degree store, not by walking its edges).
WITH v, coalesce($specificByType[v.type], []) AS wanted, COUNT { (v)<-[:PARTICIPATED_IN]-() } AS degree
CALL (v, wanted, degree) {
  WITH v, wanted WHERE degree <= size(wanted) * size($roles)
  MATCH (v)-[r:PARTICIPATED_IN|AT]-(x)
  WITH startNode(r) = v AS isPlace, r, x.id AS id, wanted
  RETURN collect(DISTINCT CASE WHEN isPlace THEN id END) AS places,
         collect(CASE WHEN NOT isPlace AND id IN wanted THEN {entity: id, role: r.role} END) AS participants
  UNION ALL
  WITH v, wanted WHERE degree > size(wanted) * size($roles)
  CALL (v, wanted) {
    UNWIND wanted AS id
    UNWIND $roles AS role
    MATCH ()-[r:PARTICIPATED_IN {key: id + '\u001f' + role + '\u001f' + v.id}]->()
    RETURN collect({entity: id, role: role}) AS participants
  }
  OPTIONAL MATCH (v)-[:AT]->(pl)
  RETURN collect(DISTINCT pl.id) AS places, participants
}
WITH v, places, participants WHERE size(participants) > 0
RETURN v.id AS id, v.type AS type, v.date AS date, v.firstReported AS firstReported, v.lastReported AS lastReported, places, participants
