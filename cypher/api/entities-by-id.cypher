// Entities (actors and places) by id, for the API's per-request loader.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e {.id, .name, .type, .aliases, .mentionCount, .documentCount, curated: coalesce(e.curated, false), place: e:Place} AS entity
