// Documents by id, for the API's per-request loader.
UNWIND $ids AS id
MATCH (d:Document {id: id})
WHERE d.pending IS NULL
RETURN d {.id, .title, .url, .publishedAt, .ingestedAt, .sentenceCount} AS document
