MATCH (n) WHERE n.runId = $runId OR (n:Document AND n.id STARTS WITH $runId)
DETACH DELETE n
