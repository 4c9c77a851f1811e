// The last step of `actorgraph delete`, after its facts were retracted.
MATCH (d:Document {id: $docId})
DETACH DELETE d
RETURN count(*) AS deleted
