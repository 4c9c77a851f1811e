// Adds the documents' new claims to the aggregated relations, incrementally:
// one row per (subject, predicate, object, document). Relations that also lost
// a claim in this transaction are recounted by refresh-relations instead.
UNWIND $relations AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
MERGE (s)-[r:$(row.predicate)]->(o)
SET r.docIds = CASE WHEN row.docId IN coalesce(r.docIds, []) THEN r.docIds ELSE coalesce(r.docIds, []) + row.docId END,
    r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END
SET r.sourceCount = size(r.docIds)
