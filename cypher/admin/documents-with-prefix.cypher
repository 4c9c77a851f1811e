// The documents whose ids start with $prefix, and the ids of those the current
// extractor wrote: lets a benchmark reuse (or complete) a corpus it ingested before.
MATCH (d:Document)
WHERE d.id STARTS WITH $prefix
RETURN count(d) AS documents, collect(CASE WHEN d.extractorVersion = $extractorVersion THEN d.id END) AS current
