// Each actor's dated events, oldest first, with the roles it had; at most $first each.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[p:PARTICIPATED_IN]->(v:Event)
  WHERE v.date IS NOT NULL
  WITH v, collect(DISTINCT p.role) AS roles
  RETURN v, roles
  ORDER BY v.date, v.id
  LIMIT $first
}
OPTIONAL MATCH (v)-[:AT]->(pl:Place)
RETURN id, v {.id, .type, .date, .sourceCount, .docIds, placeId: pl.id} AS event, roles
