// Each mention: the sentence that holds it, and its exact span.
UNWIND $mentions AS row
MATCH (s:Sentence {id: row.sentenceId})
MATCH (e:Entity {id: row.entity})
CREATE (s)-[:MENTIONS {start: row.start, end: row.end, text: row.text}]->(e)
