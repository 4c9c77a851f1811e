import type { EntityType, Predicate } from '../../../model/ontology.js';

/** What the classifier says of an ordered entity pair: no relation, or one predicate from subject to object. */
export const LABELS = ['NONE', 'MEMBER_OF', 'PART_OF', 'LEADS', 'WORKS_FOR', 'CANDIDATE_OF', 'SUPPORTS', 'OPPOSES', 'LOCATED_IN', 'RELATIVE_OF'] as const;
export type Label = (typeof LABELS)[number];
export const NONE = 0;

/**
 * Which entity types each predicate joins (ONTOLOGY.md). An organisation that
 * belongs to another is PART_OF it, so MEMBER_OF starts at a person or group.
 */
const SIGNATURES: Record<Predicate, [readonly EntityType[], readonly EntityType[]]> = {
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

const cache = new Map<string, number[]>();

/** Label indexes a pair of these types may take: NONE first, then every predicate whose signature fits. */
export function allowedLabels(subject: EntityType, object: EntityType): number[] {
  const key = `${subject}>${object}`;
  let out = cache.get(key);
  if (!out) {
    out = [NONE];
    LABELS.forEach((label, i) => {
      if (i === NONE) return;
      const [s, o] = SIGNATURES[label as Predicate];
      if (s.includes(subject) && o.includes(object)) out!.push(i);
    });
    cache.set(key, out);
  }
  return out;
}
