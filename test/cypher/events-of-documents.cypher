// Test-only: events reported by documents whose id starts with $prefix, with the documents that report each and the people taking part.
MATCH (v:Event)-[rep:REPORTED_IN]->(:Sentence)
WHERE rep.docId STARTS WITH $prefix
WITH DISTINCT v
OPTIONAL MATCH (v)<-[:PARTICIPATED_IN]-(p:Person)
RETURN v.id AS id, v.type AS type, v.date AS date, v.sourceCount AS sourceCount, v.docIds AS docIds, collect(DISTINCT p.normName) AS people
