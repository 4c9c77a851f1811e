// Full-text search over actor and place names and aliases, and over sentence text.
// standard-folding folds accents, so "Pinera" finds "Piñera".
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
CREATE FULLTEXT INDEX sentence_text IF NOT EXISTS FOR (s:Sentence) ON EACH [s.text] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
