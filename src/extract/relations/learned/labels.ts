import { type EntityType, PREDICATE_SIGNATURES, type Predicate } from '../../../model/ontology.js';

/** What the classifier says of an ordered entity pair: no relation, or one predicate from subject to object. */
export const LABELS = ['NONE', 'MEMBER_OF', 'PART_OF', 'LEADS', 'WORKS_FOR', 'CANDIDATE_OF', 'SUPPORTS', 'OPPOSES', 'LOCATED_IN', 'RELATIVE_OF'] as const;
export type Label = (typeof LABELS)[number];
export const NONE = 0;

const cache = new Map<string, number[]>();

/** Label indexes a pair of these types may take: NONE first, then every predicate whose signature fits. */
export function allowedLabels(subject: EntityType, object: EntityType): number[] {
  const key = `${subject}>${object}`;
  let out = cache.get(key);
  if (!out) {
    out = [NONE];
    LABELS.forEach((label, i) => {
      if (i === NONE) return;
      const [s, o] = PREDICATE_SIGNATURES[label as Predicate];
      if (s.includes(subject) && o.includes(object)) out!.push(i);
    });
    cache.set(key, out);
  }
  return out;
}
