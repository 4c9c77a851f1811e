// The documents' properties (their nodes were created by lock-documents).
UNWIND $documents AS row
MATCH (d:Document {id: row.id})
SET d += row, d.ingestedAt = toString(datetime())
REMOVE d.pending
