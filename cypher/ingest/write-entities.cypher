// Actors and places, the document's reference to each (with the names it
// used), and the keys each is known by. Counts and aliases are updated
// incrementally here; a retraction recomputes them (refresh-entities).
// Labels are set on creation only (a curator may have changed the type since),
// and a key a curator removed (removedKeys) is not written again. Scope and
// name words are what ingest/entity-candidates looks nodes up by.
// replan=skip: every lookup here is a unique-constraint seek, whose plan a larger graph
// does not change, while a growing graph's drifting statistics had Neo4j replan it again and again.
CYPHER replan=skip
UNWIND $entities AS row
MATCH (d:Document {id: row.docId})
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type, e.normName = row.normName, e.createdAt = toString(datetime()),
              e.aliases = [], e.aliasText = '', e.mentionCount = 0, e.documentCount = 0, e:$(row.labels),
              e.scope = row.scope, e.firstToken = row.firstToken, e.secondToken = row.secondToken, e.lastToken = row.lastToken,
              e.nameTokens = row.nameTokens, e.initials = row.initials
CREATE (d)-[:REFERS_TO {aliases: row.surfaceNames, keys: row.keys, mentions: row.mentionCount}]->(e)
SET e.mentionCount = e.mentionCount + row.mentionCount,
    e.documentCount = e.documentCount + 1
// The new aliases are computed inside FOREACH, from the value at that moment,
// so several rows for one entity (a group of documents) add each name once;
// aliasText (full-text searched) follows them. A node is only written when a
// name is new to it: a hub is named by the names it already has.
FOREACH (_ IN CASE WHEN any(n IN row.surfaceNames WHERE NOT (n = e.name OR n IN e.aliases OR n IN coalesce(e.removedAliases, []))) THEN [1] ELSE [] END |
  SET e.aliases = reduce(acc = e.aliases, n IN row.surfaceNames |
        CASE WHEN n = e.name OR n IN acc OR n IN coalesce(e.removedAliases, []) THEN acc ELSE acc + n END)
  SET e.aliasText = trim(reduce(t = '', n IN e.aliases | t + ' ' + n))
)
// Only the keys the candidate lookup did not find on the node already (newKeys):
// a known key is neither looked up nor merged again.
WITH e, row
UNWIND [k IN row.newKeys WHERE NOT k IN coalesce(e.removedKeys, [])] AS key
MERGE (k:EntityKey {key: key})
MERGE (k)-[:KEY_OF]->(e)
