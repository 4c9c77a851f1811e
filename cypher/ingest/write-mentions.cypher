// Each mention: the sentence that holds it, and its exact span.
// replan=skip: every lookup here is a unique-constraint seek, whose plan a larger graph
// does not change, while a growing graph's drifting statistics had Neo4j replan it again and again.
CYPHER replan=skip
UNWIND $mentions AS row
MATCH (s:Sentence {id: row.sentenceId})
MATCH (e:Entity {id: row.entity})
CREATE (s)-[:MENTIONS {start: row.start, end: row.end, text: row.text}]->(e)
