// The documents' statements of relations, each with its evidence sentence.
// Created, not merged: a claim's id is its document's id and its rank, and a
// document's claims are all new here (a new document has none; a changed one
// had them removed by retract-claims in the same transaction), so a MERGE
// would only look for what cannot be there (the claim_id constraint still
// refuses a duplicate).
// replan=skip: every lookup here is a unique-constraint seek, whose plan a larger graph
// does not change, while a growing graph's drifting statistics had Neo4j replan it again and again.
CYPHER replan=skip
UNWIND $claims AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
MATCH (sen:Sentence {id: row.sentenceId})
CREATE (c:Claim {id: row.id, docId: row.docId, predicate: row.predicate, confidence: row.confidence, start: row.start, end: row.end})
CREATE (c)-[:SUBJECT]->(s)
CREATE (c)-[:OBJECT]->(o)
CREATE (c)-[:STATED_IN]->(sen)
