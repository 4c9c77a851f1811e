// Documents whose sentences match a Lucene query, best first by their best
// sentence (returned for the snippet): one page and how many match in all,
// from one run of the full-text query.
CALL db.index.fulltext.queryNodes('sentence_text', $query) YIELD node, score
MATCH (d:Document {id: node.docId})
WHERE ($from IS NULL OR (d.publishedAt IS NOT NULL AND d.publishedAt >= left($from, size(d.publishedAt))))
  AND ($to IS NULL OR (d.publishedAt IS NOT NULL AND left(d.publishedAt, size($to)) <= $to))
WITH d, node, score
ORDER BY score DESC, node.index
WITH d, collect(node)[0] AS best, max(score) AS score
ORDER BY score DESC, d.id
WITH collect({d: d, best: best, score: score}) AS hits
WITH size(hits) AS total, hits[$skip..$skip + $limit] AS page
CALL (page) {
  UNWIND page AS h
  WITH h.d AS d, h.best AS best, h.score AS score
  RETURN collect({
    document: d {.id, .title, .url, .publishedAt, .ingestedAt, .sentenceCount},
    score: score,
    sentence: best {.id, .index, .text, .start, .end, .docId}
  }) AS rows
}
RETURN total, rows
