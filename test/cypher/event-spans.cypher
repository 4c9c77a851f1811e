// Test-only: events reported by documents whose id starts with $prefix, with their documents and the span of their reports' publication days.
MATCH (v:Event)-[rep:REPORTED_IN]->(:Sentence)
WHERE rep.docId STARTS WITH $prefix
WITH DISTINCT v
RETURN v.id AS id, v.docIds AS docIds, v.firstReported AS firstReported, v.lastReported AS lastReported
ORDER BY id
