// Export (--with-documents): the next page of documents after $after, in id
// order, only those whose id starts with $docPrefix ('' keeps all).
MATCH (d:Document)
WHERE d.id > $after
  AND d.id STARTS WITH $docPrefix
WITH d
ORDER BY d.id
LIMIT $limit
RETURN d.id AS id, d.title AS title, d.publishedAt AS publishedAt, d.sentenceCount AS sentenceCount
