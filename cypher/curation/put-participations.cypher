// Sets an actor's participation in an event, in a role, with its documents and
// their number (sourceCount, the weight the reads rank by; see ingest/write-events).
UNWIND $participations AS row
MATCH (e:Entity {id: row.actorId})
MATCH (v:Event {id: row.eventId})
// By its key (schema 009), as ingest/write-events writes it.
MERGE (e)-[p:PARTICIPATED_IN {key: row.actorId + '\u001f' + row.role + '\u001f' + row.eventId}]->(v)
ON CREATE SET p.role = row.role
SET p.docIds = row.docIds, p.sourceCount = size(row.docIds)
