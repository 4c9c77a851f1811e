// One ring of a neighborhood: the entities and events next to the frontier
// ($entityIds, $eventIds) that are not in $seen, the most strongly tied first
// (an entity by the documents stating its heaviest relation with the frontier,
// or naming its part in a frontier event; an event by the documents reporting
// it; ties by id), at most $limit.
// Each frontier node offers at most its $cap heaviest neighbours of each kind
// ($cap = $limit + size($seen) keeps the cut exact: a neighbour in the answer
// has fewer than $limit unseen heavier ones). An entity with many events (a
// hub) is not expanded event by event: events are walked heaviest first
// through the event_source_count index, each tested for an edge to the hub,
// until $cap are found; that is taken when the hub's degree makes it the
// cheaper way (degree² > $walkRatio · $cap · events in the graph).
// With $minConfidence, relations and events below it (or with no recorded
// confidence) are not followed.
// With $withEdges (the last ring), or when the ring has more than $room nodes
// (no later ring has room: a hub's first ring), the same statement also
// returns the edges among the nodes kept: those in $seen and the first $room of this ring
// (see neighborhood-edges, whose method this repeats), so a neighborhood of
// depth 1 is one statement. Returns one row: the ring's nodes, heaviest first,
// the edges in neighborhood-edges' form (null when not drawn or when there are
// none), whether they were drawn, whether $expandCap left a node unexpanded,
// and the frontier's entity records with $withCenter (else []).
CALL () {
  UNWIND $entityIds AS id
  MATCH (n:Entity {id: id})
  RETURN n
  UNION
  UNWIND $eventIds AS id
  MATCH (n:Event {id: id})
  RETURN n
}
// An entity's events: those it took part in and those that happened there
// (an entity has no other PARTICIPATED_IN or AT edges). Degrees are read from
// the store's counts, not by walking the edges.
WITH n, COUNT { (n)-[:PARTICIPATED_IN|AT]-() } AS eventDegree,
     COUNT { (n)-[:MEMBER_OF|PART_OF|LEADS|WORKS_FOR|CANDIDATE_OF|SUPPORTS|OPPOSES|LOCATED_IN|RELATIVE_OF]-() } AS relationDegree
// With $expandCap (rings past the first), a node with more edges than that is
// drawn but not expanded: a hub's neighbours are everybody's second ring, and
// ranking them costs what the hub holds.
WITH collect({n: n, eventDegree: eventDegree, capped: $expandCap IS NOT NULL AND eventDegree + relationDegree > $expandCap}) AS front
// With $withCenter (the first ring), the frontier's records come along: the
// center needs no statement of its own.
WITH [f IN front WHERE NOT f.capped] AS open, any(f IN front WHERE f.capped) AS capped,
     CASE WHEN $withCenter THEN [c IN [f IN front | f.n] | c {.id, .name, .type, .aliases, .mentionCount, .documentCount, curated: coalesce(c.curated, false), place: c:Place}] ELSE [] END AS centers
CALL (open) {
  CALL () {
    MATCH (v:Event)
    RETURN count(v) AS eventCount
  }
  UNWIND open AS f
  WITH f.n AS n, f.n:Entity AND f.eventDegree * f.eventDegree > $walkRatio * $cap * eventCount AS hub
  // An entity's relation neighbours, each by its heaviest relation with it,
  // from the entity's strongest ties (src/graph/ties.ts: its $tiesKept most
  // strongly tied neighbours, sorted): a hub costs one list, not its thousands
  // of relations. With $minConfidence (the lists do not know it), or a $cap
  // past the list's bound, from its relations.
  WITH n, hub, n:Entity AND $minConfidence IS NULL AND ($cap <= $tiesKept OR size(coalesce(n.ties, [])) < $tiesKept) AS fromTies
  CALL (n, hub, fromTies) {
    UNWIND CASE WHEN fromTies THEN coalesce(n.ties, [])[0..toInteger($cap)] ELSE [] END AS tie
    WITH split(tie, '\u001f') AS t
    MATCH (m:Entity {id: t[1]})
    RETURN m, 99999999 - toInteger(t[0]) AS rank
    UNION
    WITH n, fromTies
    WHERE n:Entity AND NOT fromTies
    MATCH (n)-[r:MEMBER_OF|PART_OF|LEADS|WORKS_FOR|CANDIDATE_OF|SUPPORTS|OPPOSES|LOCATED_IN|RELATIVE_OF]-(m)
    WHERE m <> n AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    WITH m, max(coalesce(r.sourceCount, 0)) AS rank
    ORDER BY rank DESC, m.id
    LIMIT $cap
    RETURN m, rank
    UNION
    // An event's participants (by the documents naming their part) and place (by the event's).
    MATCH (n:Event)-[r:PARTICIPATED_IN|AT]-(m)
    RETURN m, CASE type(r) WHEN 'AT' THEN coalesce(n.sourceCount, 1) ELSE coalesce(r.sourceCount, size(coalesce(r.docIds, []))) END AS rank
    UNION
    // An entity's events (it took part in, or that happened there), one by one: few of them.
    WITH n, hub
    WHERE n:Entity AND NOT hub
    MATCH (n)-[:PARTICIPATED_IN|AT]-(m)
    WHERE $minConfidence IS NULL OR m.confidence >= $minConfidence
    WITH DISTINCT m
    ORDER BY coalesce(m.sourceCount, 0) DESC, m.id
    LIMIT $cap
    RETURN m, coalesce(m.sourceCount, 0) AS rank
    UNION
    // A hub's events: the heaviest events of the graph first, until $cap are the
    // hub's. The inner CALL keeps the walk behind the hub test (a plain WHERE
    // would be checked per event walked, walking for every node).
    WITH n, hub
    WHERE hub
    CALL (n) {
      MATCH (m:Event)
      WHERE m.sourceCount IS NOT NULL
        AND EXISTS { (n)-[:PARTICIPATED_IN|AT]-(m) }
        AND ($minConfidence IS NULL OR m.confidence >= $minConfidence)
      WITH m
      ORDER BY m.sourceCount DESC
      LIMIT $cap
      RETURN m
    }
    RETURN m, m.sourceCount AS rank
  }
  // A node reached from several frontier nodes ranks by its strongest tie to them.
  WITH m, max(rank) AS rank
  WHERE NOT m.id IN $seen
  WITH m, rank
  ORDER BY rank DESC, m.id
  LIMIT $limit
  RETURN collect({node: m, weight: CASE WHEN m:Event THEN coalesce(m.sourceCount, 0) ELSE coalesce(m.mentionCount, 0) END}) AS ring
}
WITH ring, capped, centers, $withEdges OR size(ring) > $room AS edgesDrawn
// When edges are not drawn no row gets into the subquery, and edges is null.
OPTIONAL CALL (ring, edgesDrawn) {
  WITH ring
  WHERE edgesDrawn
  CALL (ring) {
    MATCH (n:Entity)
    WHERE n.id IN $seen
    WITH collect(n) AS kept
    RETURN kept + [h IN ring[..$room] WHERE h.node:Entity | h.node] AS entities
  }
  CALL (ring) {
    MATCH (v:Event)
    WHERE v.id IN $seen
    WITH collect(v) AS kept
    RETURN kept + [h IN ring[..$room] WHERE h.node:Event | h.node] AS events
  }
  // Relations join entities, participations an entity to an event and AT an
  // event to its place: the other end needs no label test.
  // Membership is tested on element ids, not nodes: a string in a list of
  // strings costs a third of the CPU of a node in a list of nodes, and a
  // hub's kept neighbours have thousands of relations to test. The two parts
  // find different edges (relation types, then participations and places), so
  // nothing needs deduplicating.
  WITH entities, events, [x IN entities | elementId(x)] AS entityKeys
  CALL (entities, events, entityKeys) {
    // Relations from the entities' strongest ties (src/graph/ties.ts): every
    // one of an entity that keeps all its neighbours there, and between two
    // that keep more, those of a pair in either's list, so a hub among the
    // nodes costs one list, not its thousands of relations. An entry holds
    // all the pair's relations ("TYPE>:weight;..."; '>': this entity is the
    // subject). Ends by id (the keys name them too).
    WITH entities, [x IN entities | x.id] AS entityIds
    UNWIND CASE WHEN $minConfidence IS NULL THEN entities ELSE [] END AS n
    UNWIND coalesce(n.ties, []) AS tie
    WITH n, split(tie, '\u001f') AS t, entityIds
    WHERE t[1] IN entityIds
    UNWIND split(t[2], ';') AS part
    WITH n.id AS self, t[1] AS other, split(part, ':') AS p
    WITH DISTINCT CASE WHEN p[0] ENDS WITH '>' THEN [self, other] ELSE [other, self] END AS ends,
         left(p[0], size(p[0]) - 1) AS type, toInteger(p[1]) AS weight
    RETURN ends[0] AS a, type, ends[1] AS b, null AS role, weight
    UNION ALL
    // With $minConfidence, which the lists do not know: each entity's relations, from the subject.
    UNWIND CASE WHEN $minConfidence IS NULL THEN [] ELSE entities END AS n
    MATCH (n)-[r:MEMBER_OF|PART_OF|LEADS|WORKS_FOR|CANDIDATE_OF|SUPPORTS|OPPOSES|LOCATED_IN|RELATIVE_OF]->(m)
    WITH n, r, m, elementId(m) AS b
    WHERE b IN entityKeys AND r.confidence >= $minConfidence
    RETURN elementId(n) AS a, type(r) AS type, b, null AS role, coalesce(r.sourceCount, 0) AS weight
    UNION ALL
    UNWIND events AS v
    MATCH (v)-[r:PARTICIPATED_IN|AT]-(m)
    WHERE elementId(m) IN entityKeys
    RETURN elementId(startNode(r)) AS a, type(r) AS type, elementId(endNode(r)) AS b,
           CASE type(r) WHEN 'AT' THEN null ELSE r.role END AS role,
           CASE type(r) WHEN 'AT' THEN coalesce(v.sourceCount, 1) ELSE coalesce(r.sourceCount, size(coalesce(r.docIds, []))) END AS weight
  }
  // Ends by element id, named once per node below: an edge reads no node's
  // properties. Each edge is one string ("a<US>type<US>b<US>role<US>weight", <US>
  // being \u001f, which no id holds), so the driver decodes one value per edge, not five.
  WITH entities, events, collect(a + '\u001f' + type + '\u001f' + b + '\u001f' + coalesce(role, '') + '\u001f' + toString(weight)) AS edges
  RETURN {edges: edges, keys: [x IN entities + events | [elementId(x), x.id]] + [x IN entities | [x.id, x.id]]} AS edges
}
RETURN [h IN ring | {
         id: h.node.id,
         label: CASE WHEN h.node:Event THEN h.node.type + coalesce(' ' + h.node.date, '') ELSE h.node.name END,
         kind: CASE WHEN h.node:Event THEN 'Event' ELSE h.node.type END,
         weight: h.weight
       }] AS nodes,
       edges, edgesDrawn, capped, centers
