// First statement of a write transaction: takes the write lock of each
// document (ids sorted by the caller, so concurrent writers lock in one order),
// so two writers of the same document (two processes, two machines) run one
// after the other; returns what is stored, to decide skip / replace / create.
// replan=skip: every lookup here is a unique-constraint seek, whose plan a larger graph
// does not change, while a growing graph's drifting statistics had Neo4j replan it again and again.
CYPHER replan=skip
UNWIND $ids AS id
MERGE (d:Document {id: id})
ON CREATE SET d.pending = true
SET d.locked = true
REMOVE d.locked
RETURN id, d.pending = true AS isNew, d.contentHash AS contentHash, d.extractorVersion AS extractorVersion
