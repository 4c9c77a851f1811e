// Events with each document's report of each (evidence sentence, trigger, and
// the date and place that document gives), participants with their roles and
// the documents that name them, and the place with the documents that give it.
// The event's date is the most precise date its reports give.
UNWIND $events AS row
MERGE (v:Event {id: row.id})
ON CREATE SET v.type = row.type, v.createdAt = toString(datetime())
WITH v, row
MATCH (s:Sentence {id: row.sentenceId})
CREATE (v)-[:REPORTED_IN {docId: row.docId, start: row.start, end: row.end, trigger: row.trigger, triggerStart: row.triggerStart,
                          triggerEnd: row.triggerEnd, date: row.date, place: row.place}]->(s)
WITH v, row
CALL (v, row) {
  UNWIND row.participants AS p
  MATCH (e:Entity {id: p.entity})
  MERGE (e)-[r:PARTICIPATED_IN {role: p.role}]->(v)
  SET r.docIds = CASE WHEN row.docId IN coalesce(r.docIds, []) THEN r.docIds ELSE coalesce(r.docIds, []) + row.docId END
}
CALL (v, row) {
  WITH v, row WHERE row.place IS NOT NULL
  MATCH (pl:Entity {id: row.place})
  MERGE (v)-[at:AT]->(pl)
  SET at.docIds = CASE WHEN row.docId IN coalesce(at.docIds, []) THEN at.docIds ELSE coalesce(at.docIds, []) + row.docId END
}
WITH DISTINCT v
MATCH (v)-[rep:REPORTED_IN]->(:Sentence)
WITH v, collect(DISTINCT rep.docId) AS docs, collect(rep.date) AS dates
SET v.docIds = docs, v.sourceCount = size(docs),
    v.date = reduce(best = null, d IN dates | CASE WHEN best IS NULL OR size(d) > size(best) OR (size(d) = size(best) AND d < best) THEN d ELSE best END)
