// One curation, with what its undo needs (moved edges, document stamps).
MATCH (c:Curation {id: $id})
RETURN c {.id, .kind, .at, .actorId, .mergedIds, .changes, .before, .undoneAt, .moved, .documents} AS curation
