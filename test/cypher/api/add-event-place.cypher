// Test fixture: gives event $event a second place $place (tagged, so it can be removed).
MATCH (v:Event {id: $event})
MATCH (p:Place {id: $place})
MERGE (v)-[r:AT]->(p)
SET r.testTag = $tag
RETURN count(r) AS added
