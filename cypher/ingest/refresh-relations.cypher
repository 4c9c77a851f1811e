// Recounts the aggregated relation for each (subject, predicate, object) from
// the claims that state it; a relation that no claim states any more is removed.
UNWIND $triples AS t
MATCH (s:Entity {id: t.subject})
MATCH (o:Entity {id: t.object})
OPTIONAL MATCH (s)<-[:SUBJECT]-(c:Claim {predicate: t.predicate})-[:OBJECT]->(o)
WITH s, o, t, collect(DISTINCT c.docId) AS docIds, max(c.confidence) AS confidence
MERGE (s)-[r:$(t.predicate)]->(o)
SET r.docIds = docIds, r.sourceCount = size(docIds), r.confidence = confidence
WITH r WHERE r.sourceCount = 0
DELETE r
