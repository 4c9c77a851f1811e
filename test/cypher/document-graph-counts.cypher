// Test-only: what hangs off the documents whose id starts with $prefix.
MATCH (d:Document) WHERE d.id STARTS WITH $prefix
OPTIONAL MATCH (d)-[:HAS_SENTENCE]->(s:Sentence)
OPTIONAL MATCH (s)-[m:MENTIONS]->(e:Entity)
OPTIONAL MATCH (s)<-[rep:REPORTED_IN]-(v:Event)
OPTIONAL MATCH (s)<-[:STATED_IN]-(c:Claim)
RETURN count(DISTINCT d) AS documents, count(DISTINCT s) AS sentences, count(DISTINCT m) AS mentions,
       count(DISTINCT e) AS entities, count(DISTINCT v) AS events, count(DISTINCT rep) AS reports, count(DISTINCT c) AS claims
