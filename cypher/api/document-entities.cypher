// The entities each document names (of a type), most mentioned in it first, with the names it used.
UNWIND $ids AS id
MATCH (d:Document {id: id})
CALL (d) {
  MATCH (d)-[ref:REFERS_TO]->(e:Entity)
  WHERE $type IS NULL OR e.type = $type
  RETURN ref, e
  ORDER BY ref.mentions DESC, e.id
  LIMIT $first
}
RETURN id, e.id AS entityId, ref.mentions AS mentions, coalesce(ref.aliases, []) AS names
