// The reporting window of event identity (issue 13, src/graph/event-identity.ts):
// each report keeps the day its document was published (REPORTED_IN.reportedOn)
// and each event the span of its reports' days (firstReported, lastReported),
// written by ingest/write-events. Reports written before are given theirs
// from their documents, and their events the span. Idempotent: only what
// lacks them is touched, in batches, so a large graph is not one transaction.
MATCH (d:Document)-[:HAS_SENTENCE]->(:Sentence)<-[r:REPORTED_IN]-(:Event)
WHERE r.reportedOn IS NULL AND d.publishedAt =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}.*'
CALL (r, d) {
  SET r.reportedOn = substring(d.publishedAt, 0, 10)
} IN TRANSACTIONS OF 10000 ROWS;
MATCH (v:Event)
WHERE v.firstReported IS NULL
CALL (v) {
  OPTIONAL MATCH (v)-[r:REPORTED_IN]->(:Sentence)
  WITH v, min(r.reportedOn) AS first, max(r.reportedOn) AS last
  WHERE first IS NOT NULL
  SET v.firstReported = first, v.lastReported = last
} IN TRANSACTIONS OF 10000 ROWS;
