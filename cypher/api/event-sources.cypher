// The documents that report each event, newest first.
UNWIND $ids AS id
MATCH (v:Event {id: id})-[:REPORTED_IN]->(:Sentence)<-[:HAS_SENTENCE]-(d:Document)
WITH DISTINCT id, d
ORDER BY d.publishedAt DESC, d.id
RETURN id, d {.id, .title, .url, .publishedAt, .ingestedAt, .sentenceCount} AS document
