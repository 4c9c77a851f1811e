// The claims that state each (subject, predicate, object), with their sentence
// and document, newest document first, at most $first each.
UNWIND $keys AS k
MATCH (s:Entity {id: k.subject})
CALL (s, k) {
  MATCH (s)<-[:SUBJECT]-(c:Claim {predicate: k.predicate})-[:OBJECT]->(:Entity {id: k.object})
  MATCH (c)-[:STATED_IN]->(sen:Sentence)<-[:HAS_SENTENCE]-(d:Document)
  RETURN c, sen, d
  ORDER BY d.publishedAt DESC, d.id, c.start
  LIMIT $first
}
RETURN k.subject AS subject, k.predicate AS predicate, k.object AS object,
       d {.id, .title, .url, .publishedAt, .ingestedAt, .sentenceCount} AS document,
       sen {.id, .index, .text, .start, .end, .docId} AS sentence,
       c.start AS start, c.end AS end, c.confidence AS confidence
