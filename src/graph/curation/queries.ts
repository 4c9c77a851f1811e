import { loadQueries } from '../cypher.js';

/** Every statement curation runs; loaded at import, so a missing file fails at startup. */
export const q = loadQueries({
  lockActors: 'curation/lock-actors',
  documentsOf: 'curation/documents-of',
  mergeSnapshot: 'curation/merge-snapshot',
  setActors: 'curation/set-actors',
  syncKeys: 'curation/sync-keys',
  deleteActors: 'curation/delete-actors',
  putRefs: 'curation/put-refs',
  deleteRefs: 'curation/delete-refs',
  copyMentions: 'curation/copy-mentions',
  returnMentions: 'curation/return-mentions',
  rewireClaims: 'curation/rewire-claims',
  deleteClaims: 'curation/delete-claims',
  restoreClaims: 'curation/restore-claims',
  putParticipations: 'curation/put-participations',
  deleteParticipations: 'curation/delete-participations',
  createCuration: 'curation/create-curation',
  getCuration: 'curation/get-curation',
  markUndone: 'curation/mark-undone',
  listCurations: 'curation/list-curations',
  laterCurations: 'curation/later-curations',
  namesakes: 'curation/namesakes',
  // The writer's own recounts, so curated actors are derived exactly as ingested ones.
  refreshEntities: 'ingest/refresh-entities',
  refreshRelations: 'ingest/refresh-relations',
});
