// Undo of a merge: each recorded mention (sentence and span) of a merged
// actor goes back from `into` to that actor.
UNWIND $mentions AS row
MATCH (f:Entity {id: row.actorId})
CALL (row, f) {
  MATCH (s:Sentence {id: row.sentenceId})-[m:MENTIONS {start: row.start, end: row.end}]->(:Entity {id: $into})
  WITH s, m
  LIMIT 1
  CREATE (s)-[n:MENTIONS]->(f)
  SET n = properties(m)
  DELETE m
}
