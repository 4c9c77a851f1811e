// Removes a document's reports of events and its participation records;
// an event that no document reports any more is deleted.
MATCH (:Document {id: $docId})-[:HAS_SENTENCE]->(:Sentence)<-[rep:REPORTED_IN]-(v:Event)
DELETE rep
WITH DISTINCT v
CALL (v) {
  MATCH (v)<-[p:PARTICIPATED_IN]-(:Entity)
  WHERE $docId IN p.docIds
  SET p.docIds = [x IN p.docIds WHERE x <> $docId]
  WITH p WHERE size(p.docIds) = 0
  DELETE p
}
CALL (v) {
  OPTIONAL MATCH (v)-[left:REPORTED_IN]->(:Sentence)
  WITH v, collect(DISTINCT left.docId) AS docs
  SET v.docIds = docs, v.sourceCount = size(docs)
}
WITH v WHERE v.sourceCount = 0
DETACH DELETE v
