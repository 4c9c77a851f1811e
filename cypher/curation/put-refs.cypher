// Sets a document's reference to an actor (the names it used, its keys, its
// mention count), creating it when missing.
UNWIND $refs AS row
MATCH (d:Document {id: row.docId})
MATCH (e:Entity {id: row.actorId})
MERGE (d)-[r:REFERS_TO]->(e)
SET r.aliases = row.aliases, r.keys = row.keys, r.mentions = row.mentions
