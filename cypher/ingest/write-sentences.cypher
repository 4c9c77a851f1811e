// The documents' sentences, each with its offsets and text.
// replan=skip: every lookup here is a unique-constraint seek, whose plan a larger graph
// does not change, while a growing graph's drifting statistics had Neo4j replan it again and again.
CYPHER replan=skip
UNWIND $sentences AS row
MATCH (d:Document {id: row.docId})
CREATE (s:Sentence {id: row.id, docId: row.docId, index: row.index, start: row.start, end: row.end, text: row.text})
CREATE (d)-[:HAS_SENTENCE]->(s)
