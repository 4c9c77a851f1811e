// Test oracle: sentences and documents that mention both entities.
MATCH (a:Entity {id: $a})<-[:MENTIONS]-(s:Sentence)-[:MENTIONS]->(b:Entity {id: $b})
RETURN count(DISTINCT s) AS sentences, count(DISTINCT s.docId) AS documents
