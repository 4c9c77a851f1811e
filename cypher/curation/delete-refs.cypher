// Removes the references of these documents to one actor (undo of a merge,
// before the recorded ones are put back).
MATCH (d:Document)-[r:REFERS_TO]->(:Entity {id: $actorId})
WHERE d.id IN $docIds
DELETE r
