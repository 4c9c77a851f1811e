// Events with each document's report of each (evidence sentence, trigger),
// participants with their roles, and the place.
UNWIND $events AS row
MERGE (v:Event {id: row.id})
ON CREATE SET v.type = row.type, v.createdAt = toString(datetime())
// The most precise date any source gives.
SET v.date = CASE WHEN v.date IS NULL OR (row.date IS NOT NULL AND size(row.date) > size(v.date)) THEN row.date ELSE v.date END
WITH v, row
MATCH (s:Sentence {id: row.sentenceId})
CREATE (v)-[:REPORTED_IN {docId: row.docId, start: row.start, end: row.end, trigger: row.trigger, triggerStart: row.triggerStart, triggerEnd: row.triggerEnd}]->(s)
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
  MERGE (v)-[:AT]->(pl)
}
WITH DISTINCT v
MATCH (v)-[rep:REPORTED_IN]->(:Sentence)
WITH v, collect(DISTINCT rep.docId) AS docs
SET v.docIds = docs, v.sourceCount = size(docs)
