// Sets actors' own properties as a curation (or its undo) decided, creating
// them when undo brings a merged actor back under its old id. The type label
// (Person, Organization, Group) follows `type`. Aliases and counts are left to
// refresh-entities, which derives them from the documents and these lists.
UNWIND $actors AS a
MERGE (e:Entity {id: a.id})
ON CREATE SET e.createdAt = a.createdAt, e.aliases = a.aliases, e.mentionCount = 0, e.documentCount = 0
SET e.name = a.name, e.type = a.type, e.normName = a.normName,
    e.curated = CASE WHEN a.curated THEN true ELSE null END,
    e.curatedAliases = CASE WHEN size(a.curatedAliases) > 0 THEN a.curatedAliases ELSE null END,
    e.curatedKeys = CASE WHEN size(a.curatedKeys) > 0 THEN a.curatedKeys ELSE null END,
    e.removedAliases = CASE WHEN size(a.removedAliases) > 0 THEN a.removedAliases ELSE null END,
    e.removedKeys = CASE WHEN size(a.removedKeys) > 0 THEN a.removedKeys ELSE null END,
    e.lastCuration = a.lastCuration
// What ingest/entity-candidates looks the node up by, from its (new) name.
SET e += a.lookup
REMOVE e:Person:Organization:Group
SET e:Actor, e:$(a.type)
