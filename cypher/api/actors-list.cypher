// A page of actors, most mentioned first (the actor_mention_count index serves the order).
MATCH (a:Actor)
WHERE a.mentionCount IS NOT NULL AND ($type IS NULL OR a.type = $type)
WITH a
ORDER BY a.mentionCount DESC, a.id
SKIP $skip
LIMIT $limit
RETURN a {.id, .name, .type, .aliases, .mentionCount, .documentCount, curated: coalesce(a.curated, false), place: false} AS entity, null AS score
