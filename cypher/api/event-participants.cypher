// The participants of each event with their roles and how many documents give each role.
UNWIND $ids AS id
MATCH (e:Entity)-[p:PARTICIPATED_IN]->(v:Event {id: id})
RETURN id, e.id AS entityId, p.role AS role, size(coalesce(p.docIds, [])) AS sourceCount
ORDER BY id, sourceCount DESC, e.mentionCount DESC, e.id, role
