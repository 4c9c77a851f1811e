// Removes an actor's participation in an event in a role (undo of a merge,
// before the recorded ones are put back).
UNWIND $participations AS row
MATCH (:Entity {id: row.actorId})-[p:PARTICIPATED_IN {role: row.role}]->(:Event {id: row.eventId})
DELETE p
