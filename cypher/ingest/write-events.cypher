// Events with each document's report of each (evidence sentence, trigger, and
// the date and place that document gives), participants with their roles and
// the documents that name them. The event's date and place are the most
// precise its reports give, its confidence the highest of theirs (recomputed
// from them by retract-events too). A participation keeps its documents
// (docIds) and their number (sourceCount).
UNWIND $events AS row
MERGE (v:Event {id: row.id})
ON CREATE SET v.type = row.type, v.createdAt = toString(datetime())
WITH v, row
MATCH (s:Sentence {id: row.sentenceId})
CREATE (v)-[:REPORTED_IN {docId: row.docId, start: row.start, end: row.end, trigger: row.trigger, triggerStart: row.triggerStart,
                          triggerEnd: row.triggerEnd, date: row.date, place: row.place, placeRank: row.placeRank,
                          confidence: row.confidence}]->(s)
WITH v, row
CALL (v, row) {
  UNWIND row.participants AS p
  MATCH (e:Entity {id: p.entity})
  MERGE (e)-[r:PARTICIPATED_IN {role: p.role}]->(v)
  SET r.docIds = CASE WHEN row.docId IN coalesce(r.docIds, []) THEN r.docIds ELSE coalesce(r.docIds, []) + row.docId END
  // The participation's weight, read by neighborhoods without loading the list.
  SET r.sourceCount = size(r.docIds)
}
WITH DISTINCT v
// The event's place: the most precise place its reports give (a city over its
// country), the one most reports give among equals.
CALL (v) {
  OPTIONAL MATCH (v)-[r:REPORTED_IN]->(:Sentence)
  WHERE r.place IS NOT NULL
  WITH r.place AS place, max(coalesce(r.placeRank, 2)) AS rank, count(r) AS n
  ORDER BY rank DESC, n DESC, place
  RETURN collect(place)[0] AS best
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
MATCH (v)-[rep:REPORTED_IN]->(:Sentence)
WITH v, collect(DISTINCT rep.docId) AS docs, collect(rep.date) AS dates, max(rep.confidence) AS confidence
SET v.docIds = docs, v.sourceCount = size(docs), v.confidence = confidence,
    v.date = reduce(best = null, d IN dates | CASE WHEN best IS NULL OR size(d) > size(best) OR (size(d) = size(best) AND d < best) THEN d ELSE best END)
