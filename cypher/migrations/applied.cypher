// The schema files already applied to this database.
MATCH (m:SchemaMigration)
RETURN m.version AS version, m.checksum AS checksum
ORDER BY version
