// Other entities with this exact name and type (the entity_norm_name index):
// renaming or retyping an actor onto one of them is a merge in disguise.
MATCH (e:Entity)
WHERE e.normName = $normName AND e.type = $type AND e.id <> $id
RETURN e.id AS id
ORDER BY id
