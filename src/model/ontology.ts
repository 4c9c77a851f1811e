/**
 * The default ontology (see ../shared/eval/ONTOLOGY.md upstream and the README):
 * entity types, relation predicates, event types and roles, spelled exactly.
 */
export const ENTITY_TYPES = ['Person', 'Organization', 'Group', 'Place'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
export const ACTOR_TYPES = ['Person', 'Organization', 'Group'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];
const ACTOR_TYPE_SET: ReadonlySet<string> = new Set(ACTOR_TYPES);
/** Person, Organization or Group: who can act, as opposed to a place. */
export function isActorType(type: string): type is ActorType {
  return ACTOR_TYPE_SET.has(type);
}

export const PREDICATES = [
  'MEMBER_OF',
  'PART_OF',
  'LEADS',
  'WORKS_FOR',
  'CANDIDATE_OF',
  'SUPPORTS',
  'OPPOSES',
  'LOCATED_IN',
  'RELATIVE_OF',
] as const;
export type Predicate = (typeof PREDICATES)[number];
/** Predicates whose direction carries no meaning. */
export const SYMMETRIC_PREDICATES: ReadonlySet<Predicate> = new Set(['OPPOSES', 'RELATIVE_OF']);

/**
 * Which entity types each predicate joins, subject then object (ONTOLOGY.md).
 * An organisation that belongs to another is PART_OF it, so MEMBER_OF starts
 * at a person or group.
 */
export const PREDICATE_SIGNATURES: Readonly<Record<Predicate, readonly [readonly EntityType[], readonly EntityType[]]>> = {
  MEMBER_OF: [['Person', 'Group'], ['Organization']],
  PART_OF: [['Organization'], ['Organization']],
  LEADS: [['Person'], ['Organization', 'Place']],
  WORKS_FOR: [['Person'], ['Organization']],
  CANDIDATE_OF: [['Person'], ['Organization']],
  SUPPORTS: [['Person', 'Organization', 'Group'], ['Person', 'Organization', 'Group']],
  OPPOSES: [['Person', 'Organization', 'Group'], ['Person', 'Organization', 'Group']],
  LOCATED_IN: [['Organization', 'Place'], ['Place']],
  RELATIVE_OF: [['Person'], ['Person']],
};

export const EVENT_TYPES = [
  'Election',
  'Campaign',
  'Protest',
  'Strike',
  'Meeting',
  'Statement',
  'Agreement',
  'Appointment',
  'Resignation',
  'LegalAction',
  'Arrest',
  'Attack',
  'Coup',
  'Death',
  'Legislation',
  'Acquisition',
  'Transaction',
  'Launch',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const ROLES = ['agent', 'target', 'participant', 'candidate', 'winner', 'loser'] as const;
export type Role = (typeof ROLES)[number];
