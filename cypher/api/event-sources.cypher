// The documents that report each event, newest first. The hint keeps the
// walk starting at the events whatever the statistics say (a read-profile run
// on the shared test database once measured 1,238 db hits for two events,
// where the walk from them costs under 100).
UNWIND $ids AS id
MATCH (v:Event {id: id})-[:REPORTED_IN]->(:Sentence)<-[:HAS_SENTENCE]-(d:Document)
USING INDEX v:Event(id)
WITH DISTINCT id, d
ORDER BY d.publishedAt DESC, d.id
RETURN id, d {.id, .title, .url, .publishedAt, .ingestedAt, .sentenceCount} AS document
