// Ingest that costs what a document names, not what the graph holds (issue 13):
// a shorter form of a person's name ("Ana Ruiz") is looked up by its first and
// last words as the first and second words of a fuller one ("Ana Ruiz Soto"),
// one seek on this pair, where a seek on the first word alone read every person
// of a common first name. Nodes written before the pair was kept get it from
// their name words; the first-word index is served by this one's prefix.
CREATE INDEX entity_first_second_token IF NOT EXISTS FOR (e:Entity) ON (e.firstToken, e.secondToken);
MATCH (e:Entity) WHERE e.secondToken IS NULL AND size(coalesce(e.nameTokens, [])) >= 3 CALL (e) { SET e.secondToken = e.nameTokens[1] } IN TRANSACTIONS OF 5000 ROWS;
DROP INDEX entity_first_token IF EXISTS;
// Events keep a tally of the places their reports give (write-events adds to
// it, retract-events recounts it): events written before it was kept get it
// from their reports, once. Both backfills only fill what is missing, so a
// re-run is harmless, and commit in batches, so a large graph is no one transaction.
MATCH (v:Event) WHERE v.reportPlaces IS NULL CALL (v) { OPTIONAL MATCH (v)-[r:REPORTED_IN]->(:Sentence) WHERE r.place IS NOT NULL WITH r.place AS place, max(coalesce(r.placeRank, 2)) AS rank, count(r) AS n WITH place, rank, n WHERE place IS NOT NULL WITH collect({place: place, rank: rank, n: n}) AS tally SET v.reportPlaces = [t IN tally | t.place], v.reportPlaceRanks = [t IN tally | t.rank], v.reportPlaceCounts = [t IN tally | t.n] } IN TRANSACTIONS OF 1000 ROWS;
