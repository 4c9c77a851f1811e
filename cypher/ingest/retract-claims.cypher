// Removes a document's claims; returns the (subject, predicate, object) triples to recount.
MATCH (c:Claim {docId: $docId})-[:SUBJECT]->(s:Entity)
MATCH (c)-[:OBJECT]->(o:Entity)
WITH c, {subject: s.id, object: o.id, predicate: c.predicate} AS triple
DETACH DELETE c
RETURN collect(DISTINCT triple) AS triples
