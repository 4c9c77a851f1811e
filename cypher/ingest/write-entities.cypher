// Actors and places, the document's reference to each (with the names it
// used), and the keys each is known by. Counts and aliases are updated
// incrementally here; a retraction recomputes them (refresh-entities).
// Labels are set on creation only (a curator may have changed the type since),
// and a key a curator removed (removedKeys) is not written again.
MATCH (d:Document {id: $docId})
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type, e.normName = row.normName, e.createdAt = toString(datetime()),
              e.aliases = [], e.mentionCount = 0, e.documentCount = 0, e:$(row.labels)
CREATE (d)-[:REFERS_TO {aliases: row.surfaceNames, keys: row.keys, mentions: row.mentionCount}]->(e)
WITH e, row, [n IN row.surfaceNames WHERE n <> e.name AND NOT n IN e.aliases AND NOT n IN coalesce(e.removedAliases, [])] AS added
SET e.aliases = e.aliases + added,
    e.aliasText = trim(reduce(t = '', n IN e.aliases + added | t + ' ' + n)),
    e.mentionCount = e.mentionCount + row.mentionCount,
    e.documentCount = e.documentCount + 1
WITH e, row
UNWIND [k IN row.keys WHERE NOT k IN coalesce(e.removedKeys, [])] AS key
MERGE (k:EntityKey {key: key})
MERGE (k)-[:KEY_OF]->(e)
