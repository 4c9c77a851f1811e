// For each (event, a, b): the event's reports in documents naming both a and b;
// when no document names both, its reports in any document. At most $first each.
// The documents naming both are found from the smallest of three sets: the
// event's reports, a's documents and b's documents (sizes from the store's
// counts), so an event reported hundreds of times between two actors named in
// a few documents costs what those documents hold, and a pair of hubs costs
// what the event holds.
UNWIND $keys AS k
MATCH (v:Event {id: k.event})
// An unknown a or b names no document: the event's reports in any document.
OPTIONAL MATCH (a:Entity {id: k.a})
OPTIONAL MATCH (b:Entity {id: k.b})
WITH k, v, a, b, COUNT { (v)-[:REPORTED_IN]->() } AS reports,
     COUNT { (a)<-[:REFERS_TO]-() } AS aDocs, COUNT { (b)<-[:REFERS_TO]-() } AS bDocs
CALL (k, v, a, b, reports, aDocs, bDocs) {
  CALL (v, a, b, reports, aDocs, bDocs) {
    WITH v, a, b WHERE reports <= aDocs AND reports <= bDocs
    MATCH (v)-[rep:REPORTED_IN]->(sen:Sentence)<-[:HAS_SENTENCE]-(d:Document)
    WHERE EXISTS { (d)-[:REFERS_TO]->(a) } AND EXISTS { (d)-[:REFERS_TO]->(b) }
    RETURN rep, sen, d
    UNION ALL
    WITH v, a, b WHERE aDocs < reports AND aDocs <= bDocs
    CALL (a, b) {
      MATCH (a)<-[:REFERS_TO]-(d:Document)
      WHERE EXISTS { (d)-[:REFERS_TO]->(b) }
      RETURN d
    }
    CALL (d) {
      MATCH (d)-[:HAS_SENTENCE]->(sen:Sentence)
      RETURN sen
    }
    // Both ends bound: the report is looked for from whichever end has fewer
    // (bound in the same MATCH as the document, the event would be walked from).
    MATCH (sen)<-[rep:REPORTED_IN]-(v)
    RETURN rep, sen, d
    UNION ALL
    WITH v, a, b WHERE bDocs < reports AND bDocs < aDocs
    CALL (a, b) {
      MATCH (b)<-[:REFERS_TO]-(d:Document)
      WHERE EXISTS { (d)-[:REFERS_TO]->(a) }
      RETURN d
    }
    CALL (d) {
      MATCH (d)-[:HAS_SENTENCE]->(sen:Sentence)
      RETURN sen
    }
    MATCH (sen)<-[rep:REPORTED_IN]-(v)
    RETURN rep, sen, d
  }
  WITH collect({rep: rep, sen: sen, d: d}) AS both
  // No document names both: the event's reports in any document, newest
  // first. The documents come from the reports' docIds, each looked up once,
  // and only the newest $first are read: going from every report to its
  // sentence and document cost a dozen db hits a report, and an event the
  // news keeps reporting has thousands.
  CALL (v, both) {
    WITH v, both WHERE size(both) = 0
    CALL (v) {
      MATCH (v)-[rep:REPORTED_IN]->()
      WITH DISTINCT rep.docId AS docId
      MATCH (d:Document {id: docId})
      RETURN d
      ORDER BY d.publishedAt DESC, d.id
      LIMIT $first
    }
    CALL (d) {
      MATCH (d)-[:HAS_SENTENCE]->(sen:Sentence)
      RETURN sen
    }
    MATCH (sen)<-[rep:REPORTED_IN]-(v)
    RETURN collect({rep: rep, sen: sen, d: d}) AS any
  }
  UNWIND CASE WHEN size(both) > 0 THEN both ELSE any END AS x
  WITH x.rep AS rep, x.sen AS sen, x.d AS d
  RETURN rep, sen, d
  ORDER BY d.publishedAt DESC, d.id, rep.start
  LIMIT $first
}
RETURN k.event AS event, k.a AS a, k.b AS b,
       d {.id, .title, .url, .publishedAt, .ingestedAt, .sentenceCount} AS document,
       sen {.id, .index, .text, .start, .end, .docId} AS sentence,
       rep.start AS start, rep.end AS end, rep.trigger AS trigger, rep.triggerStart AS triggerStart, rep.triggerEnd AS triggerEnd
