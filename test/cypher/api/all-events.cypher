// Test oracle: every event with its date, place, participants and reporting documents.
MATCH (v:Event)
OPTIONAL MATCH (v)-[:AT]->(p:Entity)
RETURN v.id AS id, v.type AS type, v.date AS date, p.id AS place,
       [(e:Entity)-[x:PARTICIPATED_IN]->(v) | {entity: e.id, role: x.role, docs: size(x.docIds)}] AS participants,
       [(v)-[rep:REPORTED_IN]->(:Sentence) | rep.docId] AS reportDocs
