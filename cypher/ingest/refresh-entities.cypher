// Recomputes name, aliases, keys and counts of these entities from the documents
// that still refer to them (plus curated names, minus names a curator removed);
// an entity that no document refers to and no curator kept is removed, with
// keys that name nothing else.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (d:Document)-[ref:REFERS_TO]->(e)
WITH e, ref ORDER BY datetime(d.ingestedAt), d.id
WITH e, count(ref) AS documentCount, coalesce(sum(ref.mentions), 0) AS mentionCount,
     reduce(acc = [], xs IN collect(ref.aliases) | acc + xs) AS usedNames,
     reduce(acc = [], xs IN collect(ref.keys) | acc + xs) AS usedKeys,
     [r IN collect(ref) | r.aliases[0]] AS canonicalNames
// A name that no remaining document uses gives way to the name of the earliest
// one that still refers to the entity (as if that one had been ingested first);
// a curator's name stays.
SET e.name = CASE WHEN coalesce(e.curated, false) OR size(canonicalNames) = 0 OR e.name IN usedNames THEN e.name ELSE canonicalNames[0] END
WITH e, documentCount, mentionCount, usedKeys, usedNames,
     [n IN usedNames + coalesce(e.curatedAliases, []) WHERE n <> e.name AND NOT n IN coalesce(e.removedAliases, [])] AS names,
     [k IN usedKeys + coalesce(e.curatedKeys, []) WHERE NOT k IN coalesce(e.removedKeys, [])] AS keys
WITH e, documentCount, mentionCount, keys,
     reduce(acc = [], n IN names | CASE WHEN n IN acc THEN acc ELSE acc + n END) AS aliases
SET e.aliases = aliases, e.aliasText = trim(reduce(t = '', n IN aliases | t + ' ' + n)),
    e.mentionCount = mentionCount, e.documentCount = documentCount
WITH e, documentCount, keys
CALL (e, keys) {
  MATCH (k:EntityKey)-[kr:KEY_OF]->(e)
  WHERE NOT k.key IN keys
  DELETE kr
  WITH k WHERE NOT (k)-[:KEY_OF]->()
  DELETE k
}
WITH e WHERE documentCount = 0 AND coalesce(e.curated, false) = false
OPTIONAL MATCH (k:EntityKey)-[:KEY_OF]->(e)
WITH e, collect(k) AS keys
DETACH DELETE e
WITH keys
UNWIND keys AS k
WITH k WHERE NOT (k)-[:KEY_OF]->()
DELETE k
