// Removes claims a merge turned into statements of an actor about itself.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
DETACH DELETE c
