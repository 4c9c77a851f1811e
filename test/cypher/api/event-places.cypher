// Test oracle: events with a place, and every place, by mentions.
MATCH (v:Event)-[:AT]->(p:Place)
RETURN v.id AS event, p.id AS place, coalesce(p.mentionCount, 0) AS mentions
ORDER BY v.id
