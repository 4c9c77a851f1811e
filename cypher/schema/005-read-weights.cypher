// Reads that cost what they return (issue 13): a hub's events are found by
// walking the graph's events heaviest first (api/neighborhood-step), which
// this index serves in order. Participations written before their weight
// (sourceCount) was kept are read with a default counted from docIds, so no
// data needs rewriting.
CREATE INDEX event_source_count IF NOT EXISTS FOR (v:Event) ON (v.sourceCount);
