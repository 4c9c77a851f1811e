// The fixed graph of read-profile.db.test.ts: a hub organization in $events
// events (each also with one of $people people, at one place), every person
// working for it; two documents whose sentences state and report all of it.
// Every id starts with $prefix; names carry $word, so full-text queries for it
// find only this graph.
CREATE (hub:Entity:Actor {id: $prefix + 'org:hub', name: $word + ' Constabulary', type: 'Organization', normName: $word + ' constabulary',
                          aliases: [$word + ' Police'], aliasText: $word + ' Police', mentionCount: 5000, documentCount: 2})
CREATE (pl:Entity:Place {id: $prefix + 'place:town', name: $word + 'ton', type: 'Place', normName: $word + 'ton',
                         aliases: [], aliasText: '', mentionCount: 900, documentCount: 2})
CREATE (d1:Document {id: $prefix + 'doc:1', title: 'First', publishedAt: '2024-01-02', ingestedAt: '2024-01-02T00:00:00Z', sentenceCount: 1})
CREATE (d2:Document {id: $prefix + 'doc:2', title: 'Second', publishedAt: '2024-02-03', ingestedAt: '2024-02-03T00:00:00Z', sentenceCount: 1})
CREATE (s1:Sentence {id: $prefix + 'doc:1#0', docId: d1.id, index: 0, start: 0, end: 60, text: 'The ' + $word + ' Constabulary met residents in ' + $word + 'ton.'})
CREATE (s2:Sentence {id: $prefix + 'doc:2#0', docId: d2.id, index: 0, start: 0, end: 60, text: 'Officers of the ' + $word + ' Police met again.'})
CREATE (d1)-[:HAS_SENTENCE]->(s1), (d2)-[:HAS_SENTENCE]->(s2)
CREATE (d1)-[:REFERS_TO {aliases: [hub.name], keys: [], mentions: 3}]->(hub), (d2)-[:REFERS_TO {aliases: [$word + ' Police'], keys: [], mentions: 2}]->(hub)
CREATE (d1)-[:REFERS_TO {aliases: [pl.name], keys: [], mentions: 1}]->(pl)
CREATE (s1)-[:MENTIONS {start: 4, end: 20, text: hub.name}]->(hub), (s2)-[:MENTIONS {start: 16, end: 30, text: $word + ' Police'}]->(hub)
CREATE (s1)-[:MENTIONS {start: 40, end: 50, text: pl.name}]->(pl)
WITH hub, pl, d1, d2, s1, s2
UNWIND range(0, $people - 1) AS i
CREATE (a:Entity:Actor {id: $prefix + 'person:' + i, name: $word + ' Person ' + i, type: 'Person', normName: $word + ' person ' + i,
                        aliases: [], aliasText: '', mentionCount: 10 + i, documentCount: 1})
CREATE (a)-[:WORKS_FOR {sourceCount: 1 + i % 4, confidence: 0.5 + (i % 5) / 10.0, docIds: [d1.id]}]->(hub)
CREATE (c:Claim {id: $prefix + 'claim:' + i, docId: d1.id, predicate: 'WORKS_FOR', confidence: 0.5 + (i % 5) / 10.0, start: 0, end: 30})
CREATE (c)-[:SUBJECT]->(a), (c)-[:OBJECT]->(hub), (c)-[:STATED_IN]->(s1)
CREATE (d1)-[:REFERS_TO {aliases: [a.name], keys: [], mentions: 1}]->(a)
CREATE (s1)-[:MENTIONS {start: 0, end: 5, text: a.name}]->(a)
WITH hub, pl, d1, d2, s1, s2, collect(a) AS people
UNWIND range(0, $events - 1) AS j
WITH hub, pl, d1, d2, s1, s2, people[j % size(people)] AS person, j,
     '2024-' + right('0' + toString(1 + j % 12), 2) + '-' + right('0' + toString(1 + j % 28), 2) AS date
CREATE (v:Event {id: $prefix + 'event:' + j, type: CASE j % 2 WHEN 0 THEN 'Meeting' ELSE 'Protest' END, date: date,
                 sourceCount: 1 + j % 3, docIds: [d1.id], confidence: 0.6 + (j % 4) / 10.0})
CREATE (hub)-[:PARTICIPATED_IN {role: 'agent', docIds: [d1.id], sourceCount: 1}]->(v)
CREATE (person)-[:PARTICIPATED_IN {role: 'patient', docIds: [d1.id, d2.id], sourceCount: 2}]->(v)
CREATE (v)-[:AT]->(pl)
CREATE (v)-[:REPORTED_IN {docId: d1.id, start: 4, end: 30, trigger: 'met', triggerStart: 25, triggerEnd: 28, date: date, place: pl.id,
                          placeRank: 2, confidence: v.confidence}]->(s1)
// A widely reported meeting of persons 1 and 2: reported in doc:1, which names
// both, and in $events documents of its own that name neither; in each of
// those the hub supports one of the people and that person opposes the place
// (claims, the people in turn), so the hub is the subject and the place the
// object of $events claims, each person of a few. The hub also opposes the
// place, in doc:1 and doc:2 only. Evidence of a shared event or of a relation
// through the hub is found from the smaller end, or through the relation's documents.
WITH DISTINCT hub, pl, d1, d2, s1, s2
CREATE (hub)-[:OPPOSES {sourceCount: 2, confidence: 0.8, docIds: [d1.id, d2.id]}]->(pl)
CREATE (o1:Claim {id: $prefix + 'claim:opp1', docId: d1.id, predicate: 'OPPOSES', confidence: 0.8, start: 0, end: 20})
CREATE (o1)-[:SUBJECT]->(hub), (o1)-[:OBJECT]->(pl), (o1)-[:STATED_IN]->(s1)
CREATE (o2:Claim {id: $prefix + 'claim:opp2', docId: d2.id, predicate: 'OPPOSES', confidence: 0.8, start: 0, end: 20})
CREATE (o2)-[:SUBJECT]->(hub), (o2)-[:OBJECT]->(pl), (o2)-[:STATED_IN]->(s2)
WITH hub, pl, d1, s1
MATCH (p1:Entity {id: $prefix + 'person:1'})
MATCH (p2:Entity {id: $prefix + 'person:2'})
CREATE (big:Event {id: $prefix + 'event:big', type: 'Meeting', date: '2024-03-01', sourceCount: $events + 1, docIds: [d1.id], confidence: 0.9})
CREATE (p1)-[:PARTICIPATED_IN {role: 'agent', docIds: [d1.id], sourceCount: 1}]->(big)
CREATE (p2)-[:PARTICIPATED_IN {role: 'patient', docIds: [d1.id], sourceCount: 1}]->(big)
CREATE (big)-[:REPORTED_IN {docId: d1.id, start: 0, end: 10, trigger: 'met', triggerStart: 4, triggerEnd: 7, date: '2024-03-01'}]->(s1)
WITH hub, pl, big
UNWIND range(1, $events) AS n
MATCH (p:Entity {id: $prefix + 'person:' + toString(n % $people)})
CREATE (d:Document {id: $prefix + 'doc:big' + n, title: 'Report ' + n, publishedAt: '2024-03-02', ingestedAt: '2024-03-02T00:00:00Z', sentenceCount: 1})
CREATE (s:Sentence {id: d.id + '#0', docId: d.id, index: 0, start: 0, end: 30, text: 'The meeting went on for hours.'})
CREATE (d)-[:HAS_SENTENCE]->(s)
CREATE (big)-[:REPORTED_IN {docId: d.id, start: 4, end: 11, trigger: 'meeting', triggerStart: 4, triggerEnd: 11, date: '2024-03-01'}]->(s)
CREATE (c:Claim {id: $prefix + 'claim:big' + n, docId: d.id, predicate: 'SUPPORTS', confidence: 0.7, start: 0, end: 30})
CREATE (c)-[:SUBJECT]->(hub), (c)-[:OBJECT]->(p), (c)-[:STATED_IN]->(s)
CREATE (c2:Claim {id: $prefix + 'claim:bigopp' + n, docId: d.id, predicate: 'OPPOSES', confidence: 0.6, start: 0, end: 30})
CREATE (c2)-[:SUBJECT]->(p), (c2)-[:OBJECT]->(pl), (c2)-[:STATED_IN]->(s)
