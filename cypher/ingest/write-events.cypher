// Events with each document's report of each (evidence sentence, trigger, and
// the date and place that document gives, and the day it was published), participants with their roles and
// the documents that name them. The event's date and place are the most
// precise its reports give, its confidence the highest of theirs (recomputed
// from them by retract-events). A participation keeps its documents
// (docIds) and their number (sourceCount).
// replan=skip: every lookup here is a unique-constraint seek, whose plan a larger graph
// does not change, while a growing graph's drifting statistics had Neo4j replan it again and again.
CYPHER replan=skip
UNWIND $events AS row
MERGE (v:Event {id: row.id})
ON CREATE SET v.type = row.type, v.createdAt = toString(datetime())
WITH v, row
MATCH (s:Sentence {id: row.sentenceId})
CREATE (v)-[:REPORTED_IN {docId: row.docId, start: row.start, end: row.end, trigger: row.trigger, triggerStart: row.triggerStart,
                          triggerEnd: row.triggerEnd, date: row.date, place: row.place, placeRank: row.placeRank,
                          confidence: row.confidence, reportedOn: row.reportedOn}]->(s)
WITH v, row
CALL (v, row) {
  UNWIND row.participants AS p
  MATCH (e:Entity {id: p.entity})
  // By key (schema 009): one seek, where a MERGE between a busy actor and an
  // event many documents report read the shorter of their participation lists.
  MERGE (e)-[r:PARTICIPATED_IN {key: p.entity + '\u001f' + p.role + '\u001f' + v.id}]->(v)
  ON CREATE SET r.role = p.role
  SET r.docIds = CASE WHEN row.docId IN coalesce(r.docIds, []) THEN r.docIds ELSE coalesce(r.docIds, []) + row.docId END
  // The participation's weight, read by neighborhoods without loading the list.
  SET r.sourceCount = size(r.docIds)
}
// What each report adds to its event is added to the event's summary, so a
// write reads that summary, never the event's other reports (an event told by
// thousands of documents costs what a new one does): its documents, its
// highest confidence, its most precise date (the earliest among equals), and a
// tally of the places reports give (place, how many give it, the highest rank
// they give it). retract-events recounts all of them from the reports.
WITH v, row, coalesce(v.reportPlaces, []) AS places
WITH v, row, places, CASE WHEN row.place IS NULL THEN null ELSE coalesce([i IN range(0, size(places) - 1) WHERE places[i] = row.place][0], size(places)) END AS at
SET v.docIds = CASE WHEN row.docId IN coalesce(v.docIds, []) THEN v.docIds ELSE coalesce(v.docIds, []) + row.docId END,
    v.confidence = CASE WHEN v.confidence IS NULL OR row.confidence > v.confidence THEN row.confidence ELSE v.confidence END,
    v.date = CASE WHEN row.date IS NULL THEN v.date
                  WHEN v.date IS NULL OR size(row.date) > size(v.date) OR (size(row.date) = size(v.date) AND row.date < v.date) THEN row.date
                  ELSE v.date END,
    v.reportPlaces = CASE WHEN at IS NULL OR at < size(places) THEN places ELSE places + row.place END,
    v.reportPlaceCounts = CASE WHEN at IS NULL THEN coalesce(v.reportPlaceCounts, [])
                               WHEN at = size(places) THEN coalesce(v.reportPlaceCounts, []) + 1
                               ELSE [i IN range(0, size(places) - 1) | CASE WHEN i = at THEN v.reportPlaceCounts[i] + 1 ELSE v.reportPlaceCounts[i] END] END,
    v.reportPlaceRanks = CASE WHEN at IS NULL THEN coalesce(v.reportPlaceRanks, [])
                              WHEN at = size(places) THEN coalesce(v.reportPlaceRanks, []) + coalesce(row.placeRank, 2)
                              ELSE [i IN range(0, size(places) - 1) | CASE WHEN i = at AND coalesce(row.placeRank, 2) > v.reportPlaceRanks[i] THEN coalesce(row.placeRank, 2) ELSE v.reportPlaceRanks[i] END] END
SET v.sourceCount = size(v.docIds)
// The span of its reports' publication days, read by event-candidates (the reporting window).
SET v.firstReported = CASE WHEN row.reportedOn IS NOT NULL AND (v.firstReported IS NULL OR row.reportedOn < v.firstReported) THEN row.reportedOn ELSE v.firstReported END,
    v.lastReported = CASE WHEN row.reportedOn IS NOT NULL AND (v.lastReported IS NULL OR row.reportedOn > v.lastReported) THEN row.reportedOn ELSE v.lastReported END
WITH DISTINCT v
// The event's place: the most precise place its reports give (a city over its
// country), the one most reports give among equals.
CALL (v) {
  UNWIND range(0, size(v.reportPlaces) - 1) AS i
  WITH v.reportPlaces[i] AS place, v.reportPlaceRanks[i] AS rank, v.reportPlaceCounts[i] AS n
  ORDER BY rank DESC, n DESC, place
  RETURN collect(place)[0] AS best
}
// Its AT edges are read once: one to another place is deleted, and one to
// this place is created when there is none (most writes leave it as it was).
// Created, not merged: the SET above holds the event's write lock until
// commit, so no other writer adds an AT to it in between.
CALL (v, best) {
  OPTIONAL MATCH (v)-[old:AT]->(p:Entity)
  WITH v, best, collect(CASE WHEN best IS NULL OR p.id <> best THEN old END) AS stale, collect(p.id) AS places
  FOREACH (r IN stale | DELETE r)
  WITH v, best WHERE best IS NOT NULL AND NOT best IN places
  MATCH (pl:Entity {id: best})
  CREATE (v)-[:AT]->(pl)
}
