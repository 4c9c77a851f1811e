// The events each entity took part in (or, for a place, that happened there),
// filtered by type and date range, newest first, at most $first each.
// Date ranges compare at the precision both dates have (see schema.graphql);
// events with no recorded confidence never pass $minConfidence.
// One row per event: an event told at several places is shown at its most mentioned one,
// whose record comes along (the API's `place` needs no second statement).
// An entity in many events (a hub) is not expanded event by event: the graph's
// dated events are walked newest first through the event_date index, each
// tested for an edge to the hub, until $first pass; its undated events are
// looked at only when fewer pass. That is taken when the entity's degree makes
// it the cheaper way (degree² > $walkRatio · $first · events in the graph), as
// in neighborhood-step.
CALL () {
  MATCH (v:Event)
  RETURN count(v) AS eventCount
}
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WITH id, e, COUNT { (e)-[:PARTICIPATED_IN|AT]-() } AS degree, eventCount
WITH id, e, degree * degree > $walkRatio * $first * eventCount AS hub
CALL (e, hub) {
  WITH e, hub
  WHERE NOT hub
  MATCH (e)-[:PARTICIPATED_IN|AT]-(v:Event)
  WITH DISTINCT v
  WHERE ($type IS NULL OR v.type = $type)
    AND ($from IS NULL OR (v.date IS NOT NULL AND v.date >= left($from, size(v.date))))
    AND ($to IS NULL OR (v.date IS NOT NULL AND left(v.date, size($to)) <= $to))
    AND ($minConfidence IS NULL OR v.confidence >= $minConfidence)
  WITH v
  ORDER BY v.date IS NULL, v.date DESC, v.id
  LIMIT $first
  RETURN v
  UNION
  WITH e, hub
  WHERE hub
  // The inner CALLs keep the walk behind the hub test (see neighborhood-step).
  CALL (e) {
    MATCH (v:Event)
    WHERE v.date IS NOT NULL
      AND EXISTS { (e)-[:PARTICIPATED_IN|AT]-(v) }
      AND ($type IS NULL OR v.type = $type)
      AND ($from IS NULL OR v.date >= left($from, size(v.date)))
      AND ($to IS NULL OR left(v.date, size($to)) <= $to)
      AND ($minConfidence IS NULL OR v.confidence >= $minConfidence)
    WITH v
    ORDER BY v.date DESC, v.id
    LIMIT $first
    RETURN collect(v) AS dated
  }
  CALL (e, dated) {
    // Undated events come last and never pass a date range.
    WITH e, dated
    WHERE size(dated) < $first AND $from IS NULL AND $to IS NULL
    MATCH (e)-[:PARTICIPATED_IN|AT]-(v:Event)
    WITH DISTINCT v
    WHERE v.date IS NULL
      AND ($type IS NULL OR v.type = $type)
      AND ($minConfidence IS NULL OR v.confidence >= $minConfidence)
    WITH v
    ORDER BY v.id
    LIMIT $first
    RETURN collect(v) AS undated
  }
  UNWIND (dated + undated)[..$first] AS v
  RETURN v
}
CALL (v) {
  OPTIONAL MATCH (v)-[:AT]->(p:Place)
  RETURN p
  ORDER BY coalesce(p.mentionCount, 0) DESC, p.id
  LIMIT 1
}
WITH id, v, p
ORDER BY id, v.date IS NULL, v.date DESC, v.id
RETURN id, v {.id, .type, .date, .sourceCount, .confidence, placeId: p.id, place: p {.id, .name, .type, .aliases, .mentionCount, .documentCount, curated: coalesce(p.curated, false), place: true}} AS event
