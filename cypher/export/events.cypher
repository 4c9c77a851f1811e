// Export: the next page of events after $after, in id order. A date is a
// period at its own precision ("2024-05" is all of May), kept when it overlaps
// [$since, $until]: it ends on or after $since (the "~" sorts after every
// digit and "-", so "2024-05~" >= "2024-05-20") and starts on or before $until.
// Events without a date are left out when either bound is set ('' is no bound).
MATCH (v:Event)
WHERE v.id > $after
  AND ($docPrefix = '' OR any(doc IN coalesce(v.docIds, []) WHERE doc STARTS WITH $docPrefix))
  AND ($since = '' OR v.date + '~' >= $since)
  AND ($until = '' OR v.date <= $until)
WITH v
ORDER BY v.id
LIMIT $limit
RETURN v.id AS id, v.type AS type, v.date AS date, v.sourceCount AS sourceCount
