// Adds the documents' new claims to the aggregated relations, incrementally:
// one row per (subject, predicate, object, document). Relations that also lost
// a claim in this transaction are recounted by refresh-relations instead.
// One branch per predicate of the ontology (PREDICATES, model/ontology.ts; a
// test holds them equal): with its type and key written out, the relation is
// found by one seek in that type's key constraint (schema 009-relationship-keys: the ends' ids),
// whatever the degree of its ends; without the key a MERGE read the edges of
// that type of the end with fewer, which grew between two hubs. A dynamic
// type ($(row.predicate)) can use no constraint and reads every relationship of a node.
// replan=skip: every lookup here is a unique-constraint seek, whose plan a larger graph
// does not change, while a growing graph's drifting statistics had Neo4j replan it again and again.
CYPHER replan=skip
UNWIND $relations AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
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
