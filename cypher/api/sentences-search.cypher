// Sentences whose text matches a Lucene query, best first, with their document.
CALL db.index.fulltext.queryNodes('sentence_text', $query) YIELD node, score
WITH node, score
ORDER BY score DESC, node.id
LIMIT $limit
MATCH (d:Document {id: node.docId})
RETURN node {.id, .index, .text, .start, .end, .docId} AS sentence,
       d {.id, .title, .url, .publishedAt, .ingestedAt, .sentenceCount} AS document, score
