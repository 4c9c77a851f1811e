// Records that a schema file was applied (idempotent).
MERGE (m:SchemaMigration {version: $version})
ON CREATE SET m.appliedAt = datetime(), m.checksum = $checksum
ON MATCH SET m.checksum = $checksum, m.reappliedAt = datetime()
