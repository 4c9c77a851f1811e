// Range indexes for the lookups that ingestion and the API make.
CREATE INDEX entity_norm_name IF NOT EXISTS FOR (e:Entity) ON (e.normName, e.type);
CREATE INDEX actor_mention_count IF NOT EXISTS FOR (a:Actor) ON (a.mentionCount);
CREATE INDEX event_type_date IF NOT EXISTS FOR (v:Event) ON (v.type, v.date);
CREATE INDEX event_date IF NOT EXISTS FOR (v:Event) ON (v.date);
CREATE INDEX document_published IF NOT EXISTS FOR (d:Document) ON (d.publishedAt);
CREATE INDEX sentence_doc IF NOT EXISTS FOR (s:Sentence) ON (s.docId);
CREATE INDEX claim_doc IF NOT EXISTS FOR (c:Claim) ON (c.docId);
