// The reports of each event (sentence, span, trigger), newest document first, at most $first each.
UNWIND $ids AS id
MATCH (v:Event {id: id})
CALL (v) {
  MATCH (v)-[rep:REPORTED_IN]->(sen:Sentence)<-[:HAS_SENTENCE]-(d:Document)
  RETURN rep, sen, d
  ORDER BY d.publishedAt DESC, d.id, rep.start
  LIMIT $first
}
RETURN id,
       d {.id, .title, .url, .publishedAt, .ingestedAt, .sentenceCount} AS document,
       sen {.id, .index, .text, .start, .end, .docId} AS sentence,
       rep.start AS start, rep.end AS end, rep.trigger AS trigger, rep.triggerStart AS triggerStart, rep.triggerEnd AS triggerEnd
