// The documents' properties (their nodes were created by lock-documents).
// replan=skip: every lookup here is a unique-constraint seek, whose plan a larger graph
// does not change, while a growing graph's drifting statistics had Neo4j replan it again and again.
CYPHER replan=skip
UNWIND $documents AS row
MATCH (d:Document {id: row.id})
SET d += row, d.ingestedAt = toString(datetime())
REMOVE d.pending
