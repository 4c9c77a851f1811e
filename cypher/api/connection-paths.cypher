// The shortest paths between two entities through relations and shared events
// (actor -> event <- actor counts two hops). The pattern needs a literal bound:
// 6 is the API's maximum; graph/queries/paths.ts makes one copy of this
// statement per bound 1..6 and runs the one for $maxHops, so the search stops
// there (an unconnected pair costs least), and $maxHops cuts again. The cut is a separate
// WITH on purpose: a WHERE on the path inside the MATCH makes Neo4j add an
// exhaustive fallback (every path up to 6 hops) for when no shortest path
// passes it, which never ends on a dense graph when the two are not connected.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:MEMBER_OF|PART_OF|LEADS|WORKS_FOR|CANDIDATE_OF|SUPPORTS|OPPOSES|LOCATED_IN|RELATIVE_OF|PARTICIPATED_IN*..6]-(b))
WITH p
WHERE length(p) <= $maxHops
WITH p
LIMIT $limit
RETURN [n IN nodes(p) | {id: n.id, event: n:Event}] AS nodes,
       [r IN relationships(p) | {type: type(r), start: startNode(r).id, end: endNode(r).id,
                                 sourceCount: coalesce(r.sourceCount, 0), role: r.role, docIds: coalesce(r.docIds, [])}] AS rels
