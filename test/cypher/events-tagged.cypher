// Test-only: events with a participant whose normalized name contains the tag.
MATCH (e:Entity)-[p:PARTICIPATED_IN]->(v:Event)
WHERE e.normName CONTAINS $tag
WITH DISTINCT v
OPTIONAL MATCH (v)-[rep:REPORTED_IN]->(s:Sentence)
RETURN v.id AS id, v.type AS type, v.date AS date, v.sourceCount AS sourceCount, v.confidence AS confidence, collect(DISTINCT rep.docId) AS docIds
ORDER BY id
