// Test fixture: records a confidence on events (the writer's job), keeping the previous value to restore.
UNWIND $rows AS row
MATCH (v:Event {id: row.id})
SET v.testConfidence = coalesce(v.testConfidence, v.confidence, -1), v.confidence = row.confidence
RETURN count(v) AS set
