// The reports of each event (sentence, span, trigger), newest document first, at most $first each.
// The documents come from the reports' docIds, each looked up once, and only
// the newest $first are read (as in shared-event-evidence): going from every
// report to its sentence and document cost a dozen db hits a report, and an
// event the news keeps reporting has thousands.
UNWIND $ids AS id
MATCH (v:Event {id: id})
CALL (v) {
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
  RETURN rep, sen, d
  ORDER BY d.publishedAt DESC, d.id, rep.start
  LIMIT $first
}
RETURN id,
       d {.id, .title, .url, .publishedAt, .ingestedAt, .sentenceCount} AS document,
       sen {.id, .index, .text, .start, .end, .docId} AS sentence,
       rep.start AS start, rep.end AS end, rep.trigger AS trigger, rep.triggerStart AS triggerStart, rep.triggerEnd AS triggerEnd
