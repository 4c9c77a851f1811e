// The aggregated relations of each entity, best attested first, at most $first each.
// Symmetric predicates are stored one way only, so they match any direction.
// $minConfidence keeps relations whose highest statement confidence reaches it.
// The other end's record comes along (the API's `other` needs no second statement).
UNWIND $ids AS id
MATCH (a:Entity {id: id})
CALL (a) {
  MATCH (a)-[r:MEMBER_OF|PART_OF|LEADS|WORKS_FOR|CANDIDATE_OF|SUPPORTS|OPPOSES|LOCATED_IN|RELATIVE_OF]-(o:Entity)
  WHERE o <> a
    AND ($predicate IS NULL OR type(r) = $predicate)
    AND ($direction = 'BOTH' OR type(r) IN $symmetric
         OR ($direction = 'OUT' AND startNode(r) = a)
         OR ($direction = 'IN' AND endNode(r) = a))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  RETURN r, o
  ORDER BY r.sourceCount DESC, type(r), o.id
  LIMIT $first
}
RETURN id, type(r) AS predicate, startNode(r).id AS subject, endNode(r).id AS object, o.id AS other,
       r.sourceCount AS sourceCount, r.confidence AS confidence,
       o {.id, .name, .type, .aliases, .mentionCount, .documentCount, curated: coalesce(o.curated, false), place: o:Place} AS otherEntity
