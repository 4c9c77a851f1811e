// Test-only: a bare Document node, to exercise the uniqueness constraint.
CREATE (d:Document {id: $id})
