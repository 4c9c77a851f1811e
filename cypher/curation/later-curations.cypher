// Curations made after $at, not undone, that touched any of these actors:
// what must be undone before an earlier curation can be.
MATCH (c:Curation)
WHERE c.undoneAt IS NULL AND c.id <> $id AND c.at >= $at
  AND (c.actorId IN $actorIds OR any(x IN c.mergedIds WHERE x IN $actorIds))
RETURN c.id AS id
ORDER BY c.at, c.id
