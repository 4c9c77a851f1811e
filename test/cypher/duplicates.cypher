// Test-only: anything written twice for the documents whose id starts with $tag.
CALL () {
  MATCH (d:Document) WHERE d.id STARTS WITH $tag
  RETURN count(d) AS documents
}
CALL () {
  MATCH (d:Document)-[:REFERS_TO]->(e:Entity) WHERE d.id STARTS WITH $tag
  WITH DISTINCT e
  // Generic actors ("police") are one node per place: the scope is part of their identity.
  WITH e.type AS type, e.normName AS name, e.scope AS scope, count(*) AS c WHERE c > 1
  RETURN count(*) AS duplicateEntities
}
CALL () {
  MATCH (d:Document) WHERE d.id STARTS WITH $tag
  OPTIONAL MATCH (d)-[:HAS_SENTENCE]->(s:Sentence)
  WITH d, count(s) AS n WHERE n <> d.sentenceCount
  RETURN count(d) AS wrongSentenceCounts
}
CALL () {
  MATCH (s:Sentence)-[m:MENTIONS]->(e:Entity) WHERE s.docId STARTS WITH $tag
  WITH s, e, m.start AS start, count(*) AS c WHERE c > 1
  RETURN count(*) AS duplicateMentions
}
CALL () {
  MATCH (v:Event)-[r:REPORTED_IN]->(s:Sentence) WHERE s.docId STARTS WITH $tag
  WITH v, s, r.triggerStart AS t, count(*) AS c WHERE c > 1
  RETURN count(*) AS duplicateReports
}
RETURN documents, duplicateEntities, wrongSentenceCounts, duplicateMentions, duplicateReports
