// Test oracle: how many sentences the full-text index finds for a raw Lucene query.
CALL db.index.fulltext.queryNodes('sentence_text', $query) YIELD node
RETURN count(node) AS count
