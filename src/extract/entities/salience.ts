import type { ExtractedEntity, ExtractedEvent, ExtractedRelation } from '../../model/extraction.js';

/**
 * Which Group mentions the graph keeps. A collective named once and doing
 * nothing the extractor can see ("told soldiers", "registering voters", "the
 * number of protesters") is background, not an actor: the ontology's Group is
 * a collective actor. A group is kept when the text names it more than once
 * or when a relation or an event gives it a part. Runs after relations and
 * events, so it only drops entities nothing refers to.
 */
export function dropIdleGroups(entities: ExtractedEntity[], relations: readonly ExtractedRelation[], events: readonly ExtractedEvent[]): ExtractedEntity[] {
  if (!entities.some(isIdleCandidate)) return entities;
  const used = new Set<string>();
  for (const r of relations) {
    used.add(r.subject);
    used.add(r.object);
  }
  for (const v of events) for (const p of v.participants) used.add(p.entity);
  return entities.filter((e) => !isIdleCandidate(e) || used.has(e.id));
}

const isIdleCandidate = (e: ExtractedEntity): boolean => e.type === 'Group' && e.mentions.length < 2;
