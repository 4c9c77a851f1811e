// Relationships found by key, not by walking a hub's edges (issue 13). A
// MERGE between two known nodes reads the relationships of its type of the
// end with fewer; between two hubs (a busy person and a busy party, a busy
// actor and an event thousands of documents report) that grew with the graph.
// With a key unique per type, it is one seek in the constraint's index:
// - a relation (MEMBER_OF … RELATIVE_OF; its type is the predicate): its
//   ends' ids, "subject\u001fobject" (ingest/add-relations, refresh-relations);
// - a participation: "actor\u001frole\u001fevent" (ingest/write-events,
//   curation/put-participations).
// Relationships written before the keys were kept get them first, in
// batches, so the constraints hold at creation; a re-run only fills what is missing.
MATCH (s:Entity)-[r:MEMBER_OF|PART_OF|LEADS|WORKS_FOR|CANDIDATE_OF|SUPPORTS|OPPOSES|LOCATED_IN|RELATIVE_OF]->(o:Entity) WHERE r.key IS NULL CALL (s, r, o) { SET r.key = s.id + '\u001f' + o.id } IN TRANSACTIONS OF 5000 ROWS;
MATCH (e:Entity)-[p:PARTICIPATED_IN]->(v:Event) WHERE p.key IS NULL CALL (e, p, v) { SET p.key = e.id + '\u001f' + p.role + '\u001f' + v.id } IN TRANSACTIONS OF 5000 ROWS;
CREATE CONSTRAINT relation_key_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT relation_key_part_of IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT relation_key_leads IF NOT EXISTS FOR ()-[r:LEADS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT relation_key_works_for IF NOT EXISTS FOR ()-[r:WORKS_FOR]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT relation_key_candidate_of IF NOT EXISTS FOR ()-[r:CANDIDATE_OF]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT relation_key_supports IF NOT EXISTS FOR ()-[r:SUPPORTS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT relation_key_opposes IF NOT EXISTS FOR ()-[r:OPPOSES]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT relation_key_located_in IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT relation_key_relative_of IF NOT EXISTS FOR ()-[r:RELATIVE_OF]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT participation_key IF NOT EXISTS FOR ()-[p:PARTICIPATED_IN]-() REQUIRE p.key IS UNIQUE;
