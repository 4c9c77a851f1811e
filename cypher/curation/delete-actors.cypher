// Removes the actors merged away (their edges were copied to `into` before),
// and the keys that named only them.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (k:EntityKey)-[:KEY_OF]->(e)
WITH e, collect(k) AS keys
DETACH DELETE e
WITH keys
UNWIND keys AS k
WITH DISTINCT k
WHERE NOT (k)-[:KEY_OF]->()
DELETE k
