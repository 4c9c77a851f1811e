// The documents' statements of relations, each with its evidence sentence.
UNWIND $claims AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
MATCH (sen:Sentence {id: row.sentenceId})
MERGE (c:Claim {id: row.id})
SET c.docId = row.docId, c.predicate = row.predicate, c.confidence = row.confidence, c.start = row.start, c.end = row.end
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[:STATED_IN]->(sen)
