// Documents whose sentences match a Lucene query (built by graph/queries/lucene.ts),
// best first by their best sentence, which is returned for the snippet.
CALL db.index.fulltext.queryNodes('sentence_text', $query) YIELD node, score
MATCH (d:Document {id: node.docId})
WHERE ($from IS NULL OR (d.publishedAt IS NOT NULL AND d.publishedAt >= left($from, size(d.publishedAt))))
  AND ($to IS NULL OR (d.publishedAt IS NOT NULL AND left(d.publishedAt, size($to)) <= $to))
WITH d, node, score
ORDER BY score DESC, node.index
WITH d, collect(node)[0] AS best, max(score) AS score
ORDER BY score DESC, d.id
SKIP $skip
LIMIT $limit
RETURN d {.id, .title, .url, .publishedAt, .ingestedAt, .sentenceCount} AS document, score,
       best {.id, .index, .text, .start, .end, .docId} AS sentence
