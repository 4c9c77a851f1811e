// Finds the graph node each extracted entity is: the one whose key is this
// entity's canonical name. A curator's decision comes first (the one node that
// holds the key among its curatedKeys: a merged-away name, an added alias),
// then the exact name; a key shared by several nodes is ambiguous and
// resolves to nothing, so a new node is made.
UNWIND $entities AS row
OPTIONAL MATCH (:EntityKey {key: row.canonicalKey})-[:KEY_OF]->(e:Entity)
WITH row, collect(DISTINCT e) AS candidates
WITH row, candidates, [c IN candidates WHERE c.normName = row.normName] AS exact,
     [c IN candidates WHERE row.canonicalKey IN coalesce(c.curatedKeys, [])] AS pinned
RETURN row.local AS local,
  CASE
    WHEN size(pinned) = 1 THEN pinned[0].id
    WHEN size(exact) = 1 THEN exact[0].id
    WHEN size(candidates) = 1 THEN candidates[0].id
    ELSE null
  END AS id
