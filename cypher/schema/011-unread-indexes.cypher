// Indexes only where something reads them (issue 13): every index is updated on
// each write of what it covers. Sentences are found by id (sentence_id) or from
// their document (HAS_SENTENCE); no statement looks one up by docId, so its
// index (002) cost each written sentence an index entry for no reader.
DROP INDEX sentence_doc IF EXISTS;
