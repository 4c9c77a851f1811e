// The documents naming each entity, newest first, at most $first each.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (d:Document)-[:REFERS_TO]->(e)
  RETURN d
  ORDER BY d.publishedAt DESC, d.id
  LIMIT $first
}
RETURN id, d {.id, .title, .url, .publishedAt, .ingestedAt, .sentenceCount} AS document
