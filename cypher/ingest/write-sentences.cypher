// The documents' sentences, each with its offsets and text.
UNWIND $sentences AS row
MATCH (d:Document {id: row.docId})
CREATE (s:Sentence {id: row.id, docId: row.docId, index: row.index, start: row.start, end: row.end, text: row.text})
CREATE (d)-[:HAS_SENTENCE]->(s)
