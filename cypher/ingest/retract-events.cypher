// Removes a document's reports of events, and what only it said of them: its
// participation records and the place it gave. What the remaining reports say
// is recomputed: sources, confidence, publication span, date and place (the most precise they give); an event that no
// document reports any more is deleted.
MATCH (:Document {id: $docId})-[:HAS_SENTENCE]->(:Sentence)<-[rep:REPORTED_IN]-(v:Event)
DELETE rep
WITH DISTINCT v
CALL (v) {
  MATCH (v)<-[p:PARTICIPATED_IN]-(:Entity)
  WHERE $docId IN p.docIds
  SET p.docIds = [x IN p.docIds WHERE x <> $docId]
  SET p.sourceCount = size(p.docIds)
  WITH p WHERE size(p.docIds) = 0
  DELETE p
}
// The event's place: the most precise place its reports give (a city over its
// country), the one most reports give among equals. The tally of places is
// kept on the event, for write-events to add to.
CALL (v) {
  OPTIONAL MATCH (v)-[r:REPORTED_IN]->(:Sentence)
  WHERE r.place IS NOT NULL
  WITH r.place AS place, max(coalesce(r.placeRank, 2)) AS rank, count(r) AS n
  WITH place, rank, n WHERE place IS NOT NULL
  ORDER BY rank DESC, n DESC, place
  WITH collect({place: place, rank: rank, n: n}) AS tally
  SET v.reportPlaces = [t IN tally | t.place], v.reportPlaceRanks = [t IN tally | t.rank], v.reportPlaceCounts = [t IN tally | t.n]
  RETURN tally[0].place AS best
}
CALL (v, best) {
  MATCH (v)-[old:AT]->(p:Entity)
  WHERE best IS NULL OR p.id <> best
  DELETE old
}
CALL (v, best) {
  WITH v, best WHERE best IS NOT NULL
  MATCH (pl:Entity {id: best})
  MERGE (v)-[:AT]->(pl)
}
CALL (v) {
  OPTIONAL MATCH (v)-[left:REPORTED_IN]->(:Sentence)
  WITH v, collect(DISTINCT left.docId) AS docs, collect(left.date) AS dates, max(left.confidence) AS confidence,
       min(left.reportedOn) AS firstReported, max(left.reportedOn) AS lastReported
  SET v.docIds = docs, v.sourceCount = size(docs), v.confidence = confidence,
      v.firstReported = firstReported, v.lastReported = lastReported,
      v.date = reduce(best = null, d IN dates | CASE WHEN best IS NULL OR size(d) > size(best) OR (size(d) = size(best) AND d < best) THEN d ELSE best END)
}
WITH v WHERE v.sourceCount = 0
DETACH DELETE v
