// Uniqueness constraints: every MERGE is backed by one, so concurrent writers
// (several ingest processes, several machines) can never create duplicates.
CREATE CONSTRAINT schema_migration_version IF NOT EXISTS FOR (m:SchemaMigration) REQUIRE m.version IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (k:EntityKey) REQUIRE k.key IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (v:Event) REQUIRE v.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT curation_id IF NOT EXISTS FOR (c:Curation) REQUIRE c.id IS UNIQUE;
