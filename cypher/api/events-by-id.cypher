// Events by id, with their place, for the API's per-request loader.
UNWIND $ids AS id
MATCH (v:Event {id: id})
OPTIONAL MATCH (v)-[:AT]->(p:Place)
RETURN v {.id, .type, .date, .sourceCount, .docIds, placeId: p.id} AS event
