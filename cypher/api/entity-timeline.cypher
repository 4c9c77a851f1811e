// Each actor's dated events, oldest first, with the roles it had; at most $first each;
// with $minConfidence, only events whose recorded confidence reaches it.
// One row per event: an event told at several places is shown at its most mentioned one,
// whose record comes along (the API's `place` needs no second statement).
// An actor in many events (a hub) is not expanded event by event: the graph's
// dated events are walked oldest first through the event_date index, each
// tested for the actor's participation, until $first are found; that is taken
// when the actor's degree makes it the cheaper way (degree² > $walkRatio ·
// $first · events in the graph), as in neighborhood-step.
CALL () {
  MATCH (v:Event)
  RETURN count(v) AS eventCount
}
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WITH id, e, COUNT { (e)-[:PARTICIPATED_IN]->() } AS degree, eventCount
WITH id, e, degree * degree > $walkRatio * $first * eventCount AS hub
CALL (e, hub) {
  WITH e, hub
  WHERE NOT hub
  MATCH (e)-[:PARTICIPATED_IN]->(v:Event)
  WHERE v.date IS NOT NULL
    AND ($minConfidence IS NULL OR v.confidence >= $minConfidence)
  WITH DISTINCT v
  ORDER BY v.date, v.id
  LIMIT $first
  RETURN v
  UNION
  // The inner CALL keeps the walk behind the hub test (see neighborhood-step).
  WITH e, hub
  WHERE hub
  CALL (e) {
    MATCH (v:Event)
    WHERE v.date IS NOT NULL
      AND EXISTS { (e)-[:PARTICIPATED_IN]->(v) }
      AND ($minConfidence IS NULL OR v.confidence >= $minConfidence)
    WITH v
    ORDER BY v.date, v.id
    LIMIT $first
    RETURN v
  }
  RETURN v
}
CALL (e, v) {
  MATCH (e)-[part:PARTICIPATED_IN]->(v)
  RETURN collect(DISTINCT part.role) AS roles
}
CALL (v) {
  OPTIONAL MATCH (v)-[:AT]->(p:Place)
  RETURN p
  ORDER BY coalesce(p.mentionCount, 0) DESC, p.id
  LIMIT 1
}
WITH id, v, roles, p
ORDER BY id, v.date, v.id
RETURN id, v {.id, .type, .date, .sourceCount, .confidence, placeId: p.id, place: p {.id, .name, .type, .aliases, .mentionCount, .documentCount, curated: coalesce(p.curated, false), place: true}} AS event, roles
