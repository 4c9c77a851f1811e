// Test oracle: how many of each kind of node and how many aggregated relations.
RETURN COUNT { (:Document) } AS documents, COUNT { (:Sentence) } AS sentences, COUNT { (:Actor) } AS actors,
       COUNT { (:Place) } AS places, COUNT { (:Event) } AS events, COUNT { (:Entity) } AS entities
