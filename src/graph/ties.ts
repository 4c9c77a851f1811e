/**
 * Each entity keeps its strongest ties (property `ties`): its TIES_KEPT most
 * strongly tied neighbours, one string each,
 * "weight<US>neighbour id<US>TYPE>:n;TYPE<:n..." (<US> is \u001f, which no id
 * holds): every relation of the pair with its weight (the documents stating
 * it; '>' when the entity is the subject, '<' the object), the pair's weight
 * (its heaviest relation's) first, written as 99999999 - weight on 8 digits,
 * so the list sorts as strings: heaviest first, then by neighbour id. Kept by
 * the writer (ingest/add-relations updates a pair's entry, ingest/refresh-relations
 * recounts a list) so a hub's neighbourhood reads one list instead of its
 * thousands of relations (issue 13), and the edges among its nodes come from
 * the same lists.
 *
 * A neighbourhood's ring needs `limit + 2` neighbours of each frontier node
 * (api/neighborhood-step's $cap); up to MAX_PAGE (100) they come from the list.
 * schema/013-entity-ties.cypher writes the lists of an older graph with the
 * same bound, written out there (a test holds the two equal).
 */
export const TIES_KEPT = 104;
