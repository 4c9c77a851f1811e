// What is stored for these document ids, to skip unchanged documents before extracting them.
UNWIND $ids AS id
MATCH (d:Document {id: id})
WHERE d.pending IS NULL
RETURN d.id AS id, d.contentHash AS contentHash, d.extractorVersion AS extractorVersion
