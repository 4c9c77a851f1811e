// A page of documents, newest first, published within the range (at the precision both dates have).
MATCH (d:Document)
WHERE d.pending IS NULL
  AND ($from IS NULL OR (d.publishedAt IS NOT NULL AND d.publishedAt >= left($from, size(d.publishedAt))))
  AND ($to IS NULL OR (d.publishedAt IS NOT NULL AND left(d.publishedAt, size($to)) <= $to))
WITH d
ORDER BY d.publishedAt IS NULL, d.publishedAt DESC, d.id
SKIP $skip
LIMIT $limit
RETURN d {.id, .title, .url, .publishedAt, .ingestedAt, .sentenceCount} AS document, null AS score, null AS sentence
