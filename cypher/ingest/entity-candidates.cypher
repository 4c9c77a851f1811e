// The stored nodes that a group of documents' entities may be: those holding
// one of their keys, people sharing words of their names (same last word; or
// same first word and the last word as their second), and the nodes whose
// initials are one of their acronyms. The writer decides among them
// (entity-identity.ts). Every branch is an index seek on what the documents
// name, so its cost does not grow with how many people share a first name.
// Each node comes with its keys among the group's ($keys: every key the
// writer looks a node up by, or links it by): found by the first branch, so
// a node's other keys (a hub has hundreds) are never read.
CALL () {
  UNWIND $keys AS key
  MATCH (:EntityKey {key: key})-[:KEY_OF]->(e:Entity)
  RETURN e, key
  UNION
  UNWIND $lastTokens AS token
  MATCH (e:Entity {lastToken: token})
  WHERE e.type = 'Person'
  RETURN e, null AS key
  UNION
  UNWIND $firstTokens AS ft
  MATCH (e:Entity {firstToken: ft.first, secondToken: ft.last})
  WHERE e.type = 'Person'
  RETURN e, null AS key
  UNION
  UNWIND $initials AS i
  MATCH (e:Entity {initials: i.initials})
  WHERE e.type = i.type
  RETURN e, null AS key
}
WITH e, collect(key) AS keys
RETURN e.id AS id, e.type AS type, e.name AS name, e.normName AS normName, e.scope AS scope,
       coalesce(e.aliases, []) AS aliases, keys, coalesce(e.curatedKeys, []) AS curatedKeys
