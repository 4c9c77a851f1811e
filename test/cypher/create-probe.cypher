// Test-only: writes a probe node tagged with the test's run id.
CREATE (p:TestProbe {runId: $runId, name: $name, n: $n})
RETURN p.name AS name
