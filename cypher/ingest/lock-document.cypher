// First statement of a document's transaction: takes the document's write lock,
// so two writers of the same document (two processes, two machines) run one
// after the other; returns what is stored, to decide skip / replace / create.
MERGE (d:Document {id: $id})
ON CREATE SET d.pending = true
SET d.locked = true
REMOVE d.locked
RETURN d.pending = true AS isNew, d.contentHash AS contentHash, d.extractorVersion AS extractorVersion
