// Points each claim's SUBJECT and OBJECT at the given entities.
UNWIND $claims AS row
MATCH (c:Claim {id: row.id})
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
CALL (c) {
  MATCH (c)-[r:SUBJECT|OBJECT]->()
  DELETE r
}
CREATE (c)-[:SUBJECT]->(s)
CREATE (c)-[:OBJECT]->(o)
