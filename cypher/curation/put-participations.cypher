// Sets an actor's participation in an event, in a role, with its documents and
// their number (sourceCount, the weight the reads rank by; see ingest/write-events).
UNWIND $participations AS row
MATCH (e:Entity {id: row.actorId})
MATCH (v:Event {id: row.eventId})
MERGE (e)-[p:PARTICIPATED_IN {role: row.role}]->(v)
SET p.docIds = row.docIds, p.sourceCount = size(row.docIds)
