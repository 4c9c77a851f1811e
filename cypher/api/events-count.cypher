// How many events pass the filters of events-list.
MATCH (v:Event)
WHERE ($type IS NULL OR v.type = $type)
  AND ($from IS NULL OR (v.date IS NOT NULL AND v.date >= left($from, size(v.date))))
  AND ($to IS NULL OR (v.date IS NOT NULL AND left(v.date, size($to)) <= $to))
  AND ($actor IS NULL OR EXISTS { (:Entity {id: $actor})-[:PARTICIPATED_IN]->(v) })
  AND ($place IS NULL OR EXISTS { (v)-[:AT]->(:Entity {id: $place}) })
  AND ($minConfidence IS NULL OR v.confidence >= $minConfidence)
RETURN count(v) AS count
