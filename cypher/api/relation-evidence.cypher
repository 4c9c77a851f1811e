// The claims that state each (subject, predicate, object), with their sentence
// and document, newest document first, at most $first each. A claim is found
// from whichever end has fewer claims (the degrees come from the store's
// counts): a hub is the subject or object of thousands, and reading all of
// them for each relation on a path through it was most of a connection's cost.
UNWIND $keys AS k
MATCH (s:Entity {id: k.subject})
MATCH (o:Entity {id: k.object})
CALL (s, o, k) {
  CALL (s, o, k) {
    WITH s, o, k
    WHERE COUNT { (s)<-[:SUBJECT]-() } <= COUNT { (o)<-[:OBJECT]-() }
    MATCH (s)<-[:SUBJECT]-(c:Claim {predicate: k.predicate})
    WHERE EXISTS { (c)-[:OBJECT]->(o) }
    RETURN c
    UNION ALL
    WITH s, o, k
    WHERE COUNT { (s)<-[:SUBJECT]-() } > COUNT { (o)<-[:OBJECT]-() }
    MATCH (o)<-[:OBJECT]-(c:Claim {predicate: k.predicate})
    WHERE EXISTS { (c)-[:SUBJECT]->(s) }
    RETURN c
  }
  MATCH (c)-[:STATED_IN]->(sen:Sentence)<-[:HAS_SENTENCE]-(d:Document)
  RETURN c, sen, d
  ORDER BY d.publishedAt DESC, d.id, c.start
  LIMIT $first
}
RETURN k.subject AS subject, k.predicate AS predicate, k.object AS object,
       d {.id, .title, .url, .publishedAt, .ingestedAt, .sentenceCount} AS document,
       sen {.id, .index, .text, .start, .end, .docId} AS sentence,
       c.start AS start, c.end AS end, c.confidence AS confidence
