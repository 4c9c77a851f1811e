// Test-only: events reported by documents whose id starts with $prefix, with their sources, places and participants.
MATCH (v:Event)-[rep:REPORTED_IN]->(:Sentence)
WHERE rep.docId STARTS WITH $prefix
WITH DISTINCT v
OPTIONAL MATCH (v)-[at:AT]->(pl:Entity)
WITH v, collect({place: pl.id, docIds: at.docIds}) AS places
OPTIONAL MATCH (v)<-[p:PARTICIPATED_IN]-(e:Entity)
RETURN v.id AS id, v.type AS type, v.date AS date, v.sourceCount AS sourceCount, v.docIds AS docIds, places,
       collect({entity: e.id, role: p.role, docIds: p.docIds}) AS participants
