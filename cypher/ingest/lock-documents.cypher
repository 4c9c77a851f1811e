// First statement of a write transaction: takes the write lock of each
// document (ids sorted by the caller, so concurrent writers lock in one order),
// so two writers of the same document (two processes, two machines) run one
// after the other; returns what is stored, to decide skip / replace / create.
UNWIND $ids AS id
MERGE (d:Document {id: id})
ON CREATE SET d.pending = true
SET d.locked = true
REMOVE d.locked
RETURN id, d.pending = true AS isNew, d.contentHash AS contentHash, d.extractorVersion AS extractorVersion
