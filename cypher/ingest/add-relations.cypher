// Adds the documents' new claims to the aggregated relations, incrementally:
// one row per (subject, predicate, object, document). Relations that also lost
// a claim in this transaction are recounted by refresh-relations instead.
// One branch per predicate of the ontology (PREDICATES, model/ontology.ts; a
// test holds them equal): with its type and key written out, the relation is
// found by one seek in that type's key constraint (schema 009-relationship-keys: the ends' ids),
// whatever the degree of its ends; without the key a MERGE read the edges of
// that type of the end with fewer, which grew between two hubs. A dynamic
// type ($(row.predicate)) can use no constraint and reads every relationship of a node.
// Then each end's strongest ties (src/graph/ties.ts) take the pair's new
// entry: its relations (both ways, every type) are found by their keys, 18
// seeks whatever the ends' degrees (the hints keep them seeks whatever the
// statistics say; so do the ends' Entity(id) seeks). CI runs still measured
// this statement growing with a hub, 1,015 -> 2,815, with these hints: 6 db
// hits per relation of the busy end, which fits the MERGE of a new relation
// between two hubs planned as an Expand(Into) (inferred, not captured; MERGE
// takes no hint; see test/graph/writer-profile.db.test.ts). The entry moves (or enters) in the
// sorted list, which is cut to $tiesKept. Weights only grow here, so a
// neighbour left out of a full list stays rightly out until it outweighs the
// list's last entry (ingest/refresh-relations, where weights fall, recounts
// the lists). The entry comes from the pair alone; the list is rewritten
// inside each SET, which reads it, so two rows of one hub in a batch add up.
// replan=skip: every lookup here is a unique-constraint seek, whose plan a larger graph
// does not change, while a growing graph's drifting statistics had Neo4j replan it again and again.
CYPHER replan=skip
UNWIND $relations AS row
MATCH (s:Entity {id: row.subject}) USING INDEX s:Entity(id)
MATCH (o:Entity {id: row.object}) USING INDEX o:Entity(id)
CALL (row, s, o) {
  WITH row, s, o WHERE row.predicate = 'MEMBER_OF' MERGE (s)-[r:MEMBER_OF {key: row.subject + '\u001f' + row.object}]->(o) RETURN r
  UNION ALL
  WITH row, s, o WHERE row.predicate = 'PART_OF' MERGE (s)-[r:PART_OF {key: row.subject + '\u001f' + row.object}]->(o) RETURN r
  UNION ALL
  WITH row, s, o WHERE row.predicate = 'LEADS' MERGE (s)-[r:LEADS {key: row.subject + '\u001f' + row.object}]->(o) RETURN r
  UNION ALL
  WITH row, s, o WHERE row.predicate = 'WORKS_FOR' MERGE (s)-[r:WORKS_FOR {key: row.subject + '\u001f' + row.object}]->(o) RETURN r
  UNION ALL
  WITH row, s, o WHERE row.predicate = 'CANDIDATE_OF' MERGE (s)-[r:CANDIDATE_OF {key: row.subject + '\u001f' + row.object}]->(o) RETURN r
  UNION ALL
  WITH row, s, o WHERE row.predicate = 'SUPPORTS' MERGE (s)-[r:SUPPORTS {key: row.subject + '\u001f' + row.object}]->(o) RETURN r
  UNION ALL
  WITH row, s, o WHERE row.predicate = 'OPPOSES' MERGE (s)-[r:OPPOSES {key: row.subject + '\u001f' + row.object}]->(o) RETURN r
  UNION ALL
  WITH row, s, o WHERE row.predicate = 'LOCATED_IN' MERGE (s)-[r:LOCATED_IN {key: row.subject + '\u001f' + row.object}]->(o) RETURN r
  UNION ALL
  WITH row, s, o WHERE row.predicate = 'RELATIVE_OF' MERGE (s)-[r:RELATIVE_OF {key: row.subject + '\u001f' + row.object}]->(o) RETURN r
}
SET r.docIds = CASE WHEN row.docId IN coalesce(r.docIds, []) THEN r.docIds ELSE coalesce(r.docIds, []) + row.docId END,
    r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END
SET r.sourceCount = size(r.docIds)
WITH s, o, row.subject AS subject, row.object AS object
CALL (subject, object) {
  UNWIND [[subject + '\u001f' + object, '>'], [object + '\u001f' + subject, '<']] AS k
  CALL (k) {
    MATCH ()-[r:MEMBER_OF {key: k[0]}]->() USING INDEX r:MEMBER_OF(key) RETURN r
    UNION ALL
    MATCH ()-[r:PART_OF {key: k[0]}]->() USING INDEX r:PART_OF(key) RETURN r
    UNION ALL
    MATCH ()-[r:LEADS {key: k[0]}]->() USING INDEX r:LEADS(key) RETURN r
    UNION ALL
    MATCH ()-[r:WORKS_FOR {key: k[0]}]->() USING INDEX r:WORKS_FOR(key) RETURN r
    UNION ALL
    MATCH ()-[r:CANDIDATE_OF {key: k[0]}]->() USING INDEX r:CANDIDATE_OF(key) RETURN r
    UNION ALL
    MATCH ()-[r:SUPPORTS {key: k[0]}]->() USING INDEX r:SUPPORTS(key) RETURN r
    UNION ALL
    MATCH ()-[r:OPPOSES {key: k[0]}]->() USING INDEX r:OPPOSES(key) RETURN r
    UNION ALL
    MATCH ()-[r:LOCATED_IN {key: k[0]}]->() USING INDEX r:LOCATED_IN(key) RETURN r
    UNION ALL
    MATCH ()-[r:RELATIVE_OF {key: k[0]}]->() USING INDEX r:RELATIVE_OF(key) RETURN r
  }
  RETURN collect({type: type(r), out: k[1], weight: r.sourceCount}) AS pair
}
CALL (pair) {
  UNWIND pair AS x
  WITH x.type + x.out + ':' + toString(x.weight) AS part
  ORDER BY part
  RETURN reduce(a = '', p IN collect(part) | a + CASE a WHEN '' THEN '' ELSE ';' END + p) AS sParts
}
CALL (pair) {
  UNWIND pair AS x
  WITH x.type + CASE x.out WHEN '>' THEN '<' ELSE '>' END + ':' + toString(x.weight) AS part
  ORDER BY part
  RETURN reduce(a = '', p IN collect(part) | a + CASE a WHEN '' THEN '' ELSE ';' END + p) AS oParts
}
WITH s, o, subject, object, sParts, oParts,
     right('0000000' + toString(99999999 - reduce(m = 0, x IN pair | CASE WHEN x.weight > m THEN x.weight ELSE m END)), 8) AS w
WITH s, o, sParts, oParts, w,
     w + '\u001f' + object + '\u001f' + sParts AS sTie, '\u001f' + object + '\u001f' AS sKey,
     w + '\u001f' + subject + '\u001f' + oParts AS oTie, '\u001f' + subject + '\u001f' AS oKey
SET s.ties = ([x IN coalesce(s.ties, []) WHERE x < sTie AND NOT x CONTAINS sKey] + sTie
              + [x IN coalesce(s.ties, []) WHERE x > sTie AND NOT x CONTAINS sKey])[0..toInteger($tiesKept)],
    o.ties = ([x IN coalesce(o.ties, []) WHERE x < oTie AND NOT x CONTAINS oKey] + oTie
              + [x IN coalesce(o.ties, []) WHERE x > oTie AND NOT x CONTAINS oKey])[0..toInteger($tiesKept)]
