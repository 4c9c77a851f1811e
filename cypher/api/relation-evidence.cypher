// The claims that state each (subject, predicate, object), with their sentence
// and document, newest document first, at most $first each. The claims are
// found the cheapest of three ways: through the documents the relation lists
// (docIds, kept by the writer; claims are indexed by document), or from
// whichever of subject and object has fewer claims (the degrees come from the
// store's counts). A hub is the subject or object of thousands of claims, and
// reading all of them for each relation on a path through it was most of a
// connection's cost. A key with no stored relation is looked for by claims.
// A claim's other end is checked by its id (a claim has one of each end): a
// pattern between two bound nodes makes Neo4j count the relationships of a
// node with few of them, which for an actor is dozens per claim.
// Claims per document, from the store's counts: what reading a document costs.
CALL () {
  MATCH (c:Claim)
  RETURN count(c) AS claims
}
CALL () {
  MATCH (d:Document)
  RETURN count(d) AS documents
}
WITH toFloat(claims) / CASE documents WHEN 0 THEN 1 ELSE documents END AS perDocument
UNWIND $keys AS k
MATCH (s:Entity {id: k.subject})
MATCH (o:Entity {id: k.object})
// The relation's documents, its type written out per predicate (as in
// ingest/add-relations: a dynamic type reads every relationship of a node).
CALL (s, o, k) {
    WITH s, o, k WHERE k.predicate = 'MEMBER_OF' OPTIONAL MATCH (s)-[r:MEMBER_OF]->(o) RETURN r.docIds AS docIds
    UNION ALL
    WITH s, o, k WHERE k.predicate = 'PART_OF' OPTIONAL MATCH (s)-[r:PART_OF]->(o) RETURN r.docIds AS docIds
    UNION ALL
    WITH s, o, k WHERE k.predicate = 'LEADS' OPTIONAL MATCH (s)-[r:LEADS]->(o) RETURN r.docIds AS docIds
    UNION ALL
    WITH s, o, k WHERE k.predicate = 'WORKS_FOR' OPTIONAL MATCH (s)-[r:WORKS_FOR]->(o) RETURN r.docIds AS docIds
    UNION ALL
    WITH s, o, k WHERE k.predicate = 'CANDIDATE_OF' OPTIONAL MATCH (s)-[r:CANDIDATE_OF]->(o) RETURN r.docIds AS docIds
    UNION ALL
    WITH s, o, k WHERE k.predicate = 'SUPPORTS' OPTIONAL MATCH (s)-[r:SUPPORTS]->(o) RETURN r.docIds AS docIds
    UNION ALL
    WITH s, o, k WHERE k.predicate = 'OPPOSES' OPTIONAL MATCH (s)-[r:OPPOSES]->(o) RETURN r.docIds AS docIds
    UNION ALL
    WITH s, o, k WHERE k.predicate = 'LOCATED_IN' OPTIONAL MATCH (s)-[r:LOCATED_IN]->(o) RETURN r.docIds AS docIds
    UNION ALL
    WITH s, o, k WHERE k.predicate = 'RELATIVE_OF' OPTIONAL MATCH (s)-[r:RELATIVE_OF]->(o) RETURN r.docIds AS docIds
}
WITH k, s, o, docIds, perDocument, COUNT { (s)<-[:SUBJECT]-() } AS subjectClaims, COUNT { (o)<-[:OBJECT]-() } AS objectClaims
WITH k, s, o, docIds, subjectClaims, objectClaims,
     CASE WHEN docIds IS NOT NULL AND size(docIds) * perDocument <= subjectClaims AND size(docIds) * perDocument <= objectClaims THEN 'documents'
          WHEN subjectClaims <= objectClaims THEN 'subject' ELSE 'object' END AS way
CALL (s, o, k, docIds, way) {
  CALL (s, o, k, docIds, way) {
    WITH s, o, k, docIds WHERE way = 'documents'
    UNWIND docIds AS docId
    MATCH (c:Claim {docId: docId})
    WHERE c.predicate = k.predicate
      AND EXISTS { (c)-[:SUBJECT]->(x) WHERE x.id = k.subject } AND EXISTS { (c)-[:OBJECT]->(x) WHERE x.id = k.object }
    RETURN c
    UNION ALL
    WITH s, o, k WHERE way = 'subject'
    MATCH (s)<-[:SUBJECT]-(c:Claim {predicate: k.predicate})
    WHERE EXISTS { (c)-[:OBJECT]->(x) WHERE x.id = k.object }
    RETURN c
    UNION ALL
    WITH s, o, k WHERE way = 'object'
    MATCH (o)<-[:OBJECT]-(c:Claim {predicate: k.predicate})
    WHERE EXISTS { (c)-[:SUBJECT]->(x) WHERE x.id = k.subject }
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
