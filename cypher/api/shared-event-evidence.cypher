// For each (event, a, b): the event's reports in documents naming both a and b;
// when no document names both, its reports in any document. At most $first each.
UNWIND $keys AS k
MATCH (v:Event {id: k.event})
CALL (v, k) {
  OPTIONAL MATCH (v)-[rep:REPORTED_IN]->(sen:Sentence)<-[:HAS_SENTENCE]-(d:Document)
  WHERE EXISTS { (d)-[:REFERS_TO]->(:Entity {id: k.a}) } AND EXISTS { (d)-[:REFERS_TO]->(:Entity {id: k.b}) }
  WITH collect({rep: rep, sen: sen, d: d}) AS both
  OPTIONAL MATCH (v)-[rep:REPORTED_IN]->(sen:Sentence)<-[:HAS_SENTENCE]-(d:Document)
  WITH both, collect({rep: rep, sen: sen, d: d}) AS any
  UNWIND CASE WHEN size([x IN both WHERE x.rep IS NOT NULL]) > 0 THEN both ELSE any END AS x
  WITH x WHERE x.rep IS NOT NULL
  RETURN x.rep AS rep, x.sen AS sen, x.d AS d
  ORDER BY d.publishedAt DESC, d.id, rep.start
  LIMIT $first
}
RETURN k.event AS event, k.a AS a, k.b AS b,
       d {.id, .title, .url, .publishedAt, .ingestedAt, .sentenceCount} AS document,
       sen {.id, .index, .text, .start, .end, .docId} AS sentence,
       rep.start AS start, rep.end AS end, rep.trigger AS trigger, rep.triggerStart AS triggerStart, rep.triggerEnd AS triggerEnd
