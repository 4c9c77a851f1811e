// Generated from src/model/ontology.ts by scripts/generate-explorer-modules.ts (npm run generate:explorer): do not edit.

/** @typedef {"Person" | "Organization" | "Group"} ActorType */
/** @typedef {"Person" | "Organization" | "Group" | "Place"} EntityType */
/** @typedef {"MEMBER_OF" | "PART_OF" | "LEADS" | "WORKS_FOR" | "CANDIDATE_OF" | "SUPPORTS" | "OPPOSES" | "LOCATED_IN" | "RELATIVE_OF"} Predicate */

/** @type {readonly ActorType[]} */
export const ACTOR_TYPES = ["Person", "Organization", "Group"];
/** @type {readonly EntityType[]} */
export const ENTITY_TYPES = ["Person", "Organization", "Group", "Place"];
/** @type {readonly Predicate[]} */
export const PREDICATES = ["MEMBER_OF", "PART_OF", "LEADS", "WORKS_FOR", "CANDIDATE_OF", "SUPPORTS", "OPPOSES", "LOCATED_IN", "RELATIVE_OF"];
/** Predicates whose direction carries no meaning. @type {ReadonlySet<string>} */
export const SYMMETRIC_PREDICATES = new Set(["OPPOSES", "RELATIVE_OF"]);
