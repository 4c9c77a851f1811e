// First statement of a curation's transaction: takes each actor's write lock
// (ids sorted by the caller, so two curators never deadlock) and returns what
// the curation may change; ids that name no entity are simply absent.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e.curationLock = true
REMOVE e.curationLock
RETURN e {.id, .name, .type, .normName, .createdAt, .lastCuration,
          aliases: coalesce(e.aliases, []), mentionCount: coalesce(e.mentionCount, 0), documentCount: coalesce(e.documentCount, 0),
          curated: coalesce(e.curated, false),
          curatedAliases: coalesce(e.curatedAliases, []), curatedKeys: coalesce(e.curatedKeys, []),
          removedAliases: coalesce(e.removedAliases, []), removedKeys: coalesce(e.removedKeys, []),
          labels: labels(e), place: e:Place} AS actor
