// Test-only: an entity as curation tests see it: properties, labels, keys, documents, mention edges.
MATCH (e:Entity {id: $id})
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, e.mentionCount AS mentionCount,
       e.documentCount AS documentCount, coalesce(e.curated, false) AS curated, labels(e) AS labels,
       COLLECT { MATCH (k:EntityKey)-[:KEY_OF]->(e) RETURN k.key AS key ORDER BY key } AS keys,
       COLLECT { MATCH (d:Document)-[:REFERS_TO]->(e) RETURN d.id AS doc ORDER BY doc } AS docIds,
       COUNT { MATCH (:Sentence)-[:MENTIONS]->(e) } AS mentionEdges
