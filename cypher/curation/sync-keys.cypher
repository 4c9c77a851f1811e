// Writes the keys each actor must be found by: those of the documents that
// refer to it and the curated ones, minus the removed ones. (refresh-entities
// then removes the keys that are no longer justified.)
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (:Document)-[ref:REFERS_TO]->(e)
WITH e, reduce(acc = [], xs IN collect(ref.keys) | acc + xs) + coalesce(e.curatedKeys, []) AS wanted
WITH e, [k IN wanted WHERE NOT k IN coalesce(e.removedKeys, [])] AS keys
CALL (e, keys) {
  UNWIND keys AS key
  MERGE (k:EntityKey {key: key})
  MERGE (k)-[:KEY_OF]->(e)
}
