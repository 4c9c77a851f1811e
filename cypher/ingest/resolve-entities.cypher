// Finds the graph node each extracted entity is: the one whose key is this
// entity's canonical name (exact name first); a key shared by several nodes
// is ambiguous and resolves to nothing, so a new node is made.
UNWIND $entities AS row
OPTIONAL MATCH (:EntityKey {key: row.canonicalKey})-[:KEY_OF]->(e:Entity)
WITH row, collect(DISTINCT e) AS candidates
WITH row, candidates, [c IN candidates WHERE c.normName = row.normName] AS exact
RETURN row.local AS local,
  CASE
    WHEN size(exact) = 1 THEN exact[0].id
    WHEN size(candidates) = 1 THEN candidates[0].id
    ELSE null
  END AS id
