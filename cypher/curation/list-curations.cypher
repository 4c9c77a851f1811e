// The curation log, newest first; with $actorId, the curations that touched it
// (as the resulting actor or as one merged away).
MATCH (c:Curation)
WHERE $actorId IS NULL OR c.actorId = $actorId OR $actorId IN c.mergedIds
RETURN c {.id, .kind, .at, .actorId, .mergedIds, .changes, .before, .undoneAt} AS curation
ORDER BY c.at DESC, c.id DESC
LIMIT toInteger($first)
