// How many documents have a sentence matching the Lucene query of documents-search.
CALL db.index.fulltext.queryNodes('sentence_text', $query) YIELD node
MATCH (d:Document {id: node.docId})
WHERE ($from IS NULL OR (d.publishedAt IS NOT NULL AND d.publishedAt >= left($from, size(d.publishedAt))))
  AND ($to IS NULL OR (d.publishedAt IS NOT NULL AND left(d.publishedAt, size($to)) <= $to))
RETURN count(DISTINCT d) AS count
