// Removes every node but the schema records, in batches (auto-commit only).
// Used by `actorgraph reset` and the benchmarks; the schema stays.
MATCH (n)
WHERE NOT n:SchemaMigration
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 2000 ROWS
