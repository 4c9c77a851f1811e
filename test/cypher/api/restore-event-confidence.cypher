// Test fixture: puts back the confidences set-event-confidence replaced.
MATCH (v:Event) WHERE v.testConfidence IS NOT NULL
SET v.confidence = CASE v.testConfidence WHEN -1 THEN null ELSE v.testConfidence END
REMOVE v.testConfidence
RETURN count(v) AS restored
