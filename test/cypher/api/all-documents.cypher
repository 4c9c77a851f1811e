// Test oracle: every document with its date, sentence count and the entities it names.
MATCH (d:Document)
RETURN d.id AS id, d.publishedAt AS publishedAt, d.sentenceCount AS sentenceCount,
       [(d)-[ref:REFERS_TO]->(e:Entity) | {entity: e.id, mentions: ref.mentions}] AS entities
