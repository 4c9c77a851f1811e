// How many documents pass the date range of documents-list.
MATCH (d:Document)
WHERE d.pending IS NULL
  AND ($from IS NULL OR (d.publishedAt IS NOT NULL AND d.publishedAt >= left($from, size(d.publishedAt))))
  AND ($to IS NULL OR (d.publishedAt IS NOT NULL AND left(d.publishedAt, size($to)) <= $to))
RETURN count(d) AS count
