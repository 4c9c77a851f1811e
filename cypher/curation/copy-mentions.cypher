// Every mention of the merged actors becomes a mention of `into`, same span.
MATCH (into:Entity {id: $into})
MATCH (s:Sentence)-[m:MENTIONS]->(f:Entity)
WHERE f.id IN $fromIds
CREATE (s)-[n:MENTIONS]->(into)
SET n = properties(m)
