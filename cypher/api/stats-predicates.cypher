// Aggregated relations by predicate.
MATCH ()-[r:MEMBER_OF|PART_OF|LEADS|WORKS_FOR|CANDIDATE_OF|SUPPORTS|OPPOSES|LOCATED_IN|RELATIVE_OF]->()
RETURN type(r) AS key, count(*) AS count
ORDER BY count DESC, key
