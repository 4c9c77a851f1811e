import type { EntityType } from '../../../model/ontology.js';

/** What the entity typer can say of a name no rule typed: index 0 is "not a scored entity". */
export const ENTITY_LABELS = ['none', 'Person', 'Organization', 'Place'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];
export const NOT_ENTITY = 0;

/** The label index of a gold entity type, or undefined for a type the typer never gives (Group, MISC). */
export function labelOfType(type: string): number | undefined {
  const i = (ENTITY_LABELS as readonly string[]).indexOf(type);
  return i > 0 ? i : undefined;
}

export const typeOfLabel = (label: number): EntityType | undefined => (label > 0 ? (ENTITY_LABELS[label] as EntityType) : undefined);
