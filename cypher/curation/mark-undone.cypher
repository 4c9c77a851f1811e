// Marks a curation undone, and links it to the actors its undo brought back.
MATCH (c:Curation {id: $id})
SET c.undoneAt = $at
WITH c
UNWIND $actorIds AS id
MATCH (e:Entity {id: id})
MERGE (c)-[:CURATED]->(e)
