// The documents behind these actors, with what identifies their version:
// undo compares them with those recorded by the curation.
MATCH (d:Document)-[:REFERS_TO]->(e:Entity)
WHERE e.id IN $ids
RETURN DISTINCT d.id AS id, d.contentHash AS contentHash, d.ingestedAt AS ingestedAt
ORDER BY id
