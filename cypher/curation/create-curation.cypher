// Records a curation, linked to the actors it touched that still exist.
CREATE (c:Curation)
SET c = $curation
WITH c
UNWIND $actorIds AS id
MATCH (e:Entity {id: id})
MERGE (c)-[:CURATED]->(e)
