// The shortest paths between two entities through relations and shared events
// (actor -> event <- actor counts two hops), with the records of both ends and
// of every entity and event on the paths, so a connection is one statement
// before its evidence. The pattern needs a literal bound: 6 is the API's
// maximum; graph/queries/connection.ts makes one copy of this statement per
// bound 1..6 and runs the one for $maxHops, so the search stops there (an
// unconnected pair costs least), and $maxHops cuts again. The cut is a separate
// WITH on purpose: a WHERE on the path inside the MATCH makes Neo4j add an
// exhaustive fallback (every path up to 6 hops) for when no shortest path
// passes it, which never ends on a dense graph when the two are not connected.
// One row: the ends' records (null for an unknown id), the paths (none when an
// end is unknown, when both are the same entity or when $limit is 0), and the
// records of their entities and events (each event at its most mentioned
// place, as api/events-by-id gives it).
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
// The search starts from the end with fewer edges (degrees from the store's
// counts): Neo4j expands the start first, so a connection from a hub to an
// actor next to it costs the actor's edges, not the hub's thousands. Paths
// found from b are turned round, so every path runs from a to b.
WITH a, b,
     CASE WHEN a IS NULL OR b IS NULL THEN false
          ELSE COUNT { (b)-[:MEMBER_OF|PART_OF|LEADS|WORKS_FOR|CANDIDATE_OF|SUPPORTS|OPPOSES|LOCATED_IN|RELATIVE_OF|PARTICIPATED_IN]-() }
             < COUNT { (a)-[:MEMBER_OF|PART_OF|LEADS|WORKS_FOR|CANDIDATE_OF|SUPPORTS|OPPOSES|LOCATED_IN|RELATIVE_OF|PARTICIPATED_IN]-() } END AS fromB
OPTIONAL CALL (a, b, fromB) {
  WITH a, b, fromB
  WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b AND $limit > 0 AND NOT fromB
  MATCH p = allShortestPaths((a)-[:MEMBER_OF|PART_OF|LEADS|WORKS_FOR|CANDIDATE_OF|SUPPORTS|OPPOSES|LOCATED_IN|RELATIVE_OF|PARTICIPATED_IN*..6]-(b))
  WITH p
  WHERE length(p) <= $maxHops
  WITH p
  LIMIT $limit
  RETURN {nodes: nodes(p), rels: relationships(p)} AS path
  UNION ALL
  WITH a, b, fromB
  WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b AND $limit > 0 AND fromB
  MATCH p = allShortestPaths((b)-[:MEMBER_OF|PART_OF|LEADS|WORKS_FOR|CANDIDATE_OF|SUPPORTS|OPPOSES|LOCATED_IN|RELATIVE_OF|PARTICIPATED_IN*..6]-(a))
  WITH p
  WHERE length(p) <= $maxHops
  WITH p
  LIMIT $limit
  RETURN {nodes: reverse(nodes(p)), rels: reverse(relationships(p))} AS path
}
WITH a, b, collect(path) AS found
CALL (found) {
  UNWIND found AS p
  UNWIND p.nodes AS n
  WITH DISTINCT n
  WHERE n:Entity
  RETURN collect(n {.id, .name, .type, .aliases, .mentionCount, .documentCount, curated: coalesce(n.curated, false), place: n:Place}) AS entities
}
CALL (found) {
  UNWIND found AS p
  UNWIND p.nodes AS v
  WITH DISTINCT v
  WHERE v:Event
  CALL (v) {
    OPTIONAL MATCH (v)-[:AT]->(pl:Place)
    RETURN pl
    ORDER BY coalesce(pl.mentionCount, 0) DESC, pl.id
    LIMIT 1
  }
  RETURN collect(v {.id, .type, .date, .sourceCount, .confidence, placeId: pl.id, place: pl {.id, .name, .type, .aliases, .mentionCount, .documentCount, curated: coalesce(pl.curated, false), place: true}}) AS events
}
RETURN a {.id, .name, .type, .aliases, .mentionCount, .documentCount, curated: coalesce(a.curated, false), place: a:Place} AS from,
       b {.id, .name, .type, .aliases, .mentionCount, .documentCount, curated: coalesce(b.curated, false), place: b:Place} AS to,
       [p IN found | {
         nodes: [n IN p.nodes | {id: n.id, event: n:Event}],
         rels: [r IN p.rels | {type: type(r), start: startNode(r).id, end: endNode(r).id,
                                         sourceCount: coalesce(r.sourceCount, 0), role: r.role, docIds: coalesce(r.docIds, [])}]
       }] AS paths,
       entities, events
