MATCH (e:Entity {id: $id})
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, e.mentionCount AS mentionCount,
       e.documentCount AS documentCount, labels(e) AS labels
