MATCH (p:TestProbe {runId: $runId})
RETURN p.name AS name, p.n AS n
ORDER BY n
