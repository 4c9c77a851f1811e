// Lookups of cross-document identity (ingest/entity-candidates): people by the
// first and last words of their names, acronyms by the initials of full names.
CREATE INDEX entity_last_token IF NOT EXISTS FOR (e:Entity) ON (e.lastToken);
CREATE INDEX entity_first_token IF NOT EXISTS FOR (e:Entity) ON (e.firstToken);
CREATE INDEX entity_initials IF NOT EXISTS FOR (e:Entity) ON (e.initials);
