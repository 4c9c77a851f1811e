// Everything a merge moves off the actors merged away ($fromIds) onto $into,
// read before anything changes, so the curation records it and undo can move
// it back: references, mentions, claims, participations, and the relations
// among the merged actors that would become self-loops.
MATCH (into:Entity {id: $into})
RETURN
  COLLECT {
    MATCH (d:Document)-[r:REFERS_TO]->(f:Entity) WHERE f.id IN $fromIds
    RETURN {actorId: f.id, docId: d.id, aliases: r.aliases, keys: r.keys, mentions: r.mentions} AS row
  } AS fromRefs,
  COLLECT {
    MATCH (d:Document)-[r:REFERS_TO]->(into)
    WHERE EXISTS { MATCH (d)-[:REFERS_TO]->(f:Entity) WHERE f.id IN $fromIds }
    RETURN {actorId: into.id, docId: d.id, aliases: r.aliases, keys: r.keys, mentions: r.mentions} AS row
  } AS intoRefs,
  COLLECT {
    MATCH (s:Sentence)-[m:MENTIONS]->(f:Entity) WHERE f.id IN $fromIds
    RETURN {actorId: f.id, sentenceId: s.id, start: m.start, end: m.end} AS row
  } AS mentions,
  COLLECT {
    MATCH (c:Claim)-[:SUBJECT|OBJECT]->(f:Entity) WHERE f.id IN $fromIds
    WITH DISTINCT c
    MATCH (c)-[:SUBJECT]->(s:Entity)
    MATCH (c)-[:OBJECT]->(o:Entity)
    MATCH (c)-[:STATED_IN]->(sen:Sentence)
    RETURN c {.id, .docId, .predicate, .confidence, .start, .end, subject: s.id, object: o.id, sentenceId: sen.id} AS row
  } AS claims,
  COLLECT {
    MATCH (f:Entity)-[p:PARTICIPATED_IN]->(v:Event) WHERE f.id IN $fromIds
    RETURN {actorId: f.id, eventId: v.id, role: p.role, docIds: p.docIds} AS row
  } AS fromParticipations,
  COLLECT {
    MATCH (into)-[p:PARTICIPATED_IN]->(v:Event)
    WHERE EXISTS { MATCH (f:Entity)-[q:PARTICIPATED_IN]->(v) WHERE f.id IN $fromIds AND q.role = p.role }
    RETURN {actorId: into.id, eventId: v.id, role: p.role, docIds: p.docIds} AS row
  } AS intoParticipations,
  COLLECT {
    MATCH (a:Entity)-[r]->(b:Entity)
    WHERE a.id IN $fromIds AND (b.id IN $fromIds OR b = into) AND type(r) IN $predicates
    RETURN {predicate: type(r), subject: a.id, object: b.id, docIds: r.docIds, sourceCount: r.sourceCount} AS row
    UNION
    MATCH (into)-[r]->(b:Entity)
    WHERE b.id IN $fromIds AND type(r) IN $predicates
    RETURN {predicate: type(r), subject: into.id, object: b.id, docIds: r.docIds, sourceCount: r.sourceCount} AS row
  } AS droppedRelations
