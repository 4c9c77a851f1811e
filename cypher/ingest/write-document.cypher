// The document's properties and its sentences.
MATCH (d:Document {id: $document.id})
SET d += $document, d.ingestedAt = toString(datetime())
REMOVE d.pending
WITH d
UNWIND $sentences AS row
CREATE (s:Sentence {id: row.id, docId: d.id, index: row.index, start: row.start, end: row.end, text: row.text})
CREATE (d)-[:HAS_SENTENCE]->(s)
