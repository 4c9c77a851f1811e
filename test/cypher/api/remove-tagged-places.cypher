// Test fixture: removes the places add-event-place gave.
MATCH (:Event)-[r:AT {testTag: $tag}]->(:Place)
DELETE r
RETURN count(*) AS removed
