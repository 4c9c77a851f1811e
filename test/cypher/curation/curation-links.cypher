// Test-only: the actors a curation is linked to.
MATCH (:Curation {id: $id})-[:CURATED]->(e:Entity)
RETURN e.id AS id
ORDER BY id
