// Actors and places, the document's reference to each (with the names it
// used), and the keys each is known by.
MATCH (d:Document {id: $docId})
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type, e.normName = row.normName, e.createdAt = toString(datetime())
SET e:$(row.labels)
MERGE (d)-[ref:REFERS_TO]->(e)
SET ref.aliases = row.surfaceNames, ref.keys = row.keys, ref.mentions = row.mentionCount
WITH e, row
UNWIND row.keys AS key
MERGE (k:EntityKey {key: key})
MERGE (k)-[:KEY_OF]->(e)
