// Test-only: removes the publication days kept on events of documents whose id starts with $prefix, as a graph written before schema 012 had them.
MATCH (v:Event)-[rep:REPORTED_IN]->(:Sentence)
WHERE rep.docId STARTS WITH $prefix
REMOVE rep.reportedOn, v.firstReported, v.lastReported
