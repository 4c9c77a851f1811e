import type { EntityRecord } from '../../graph/queries/read.js';
import { confidenceArg, page } from '../limits.js';
import type { ActorResolvers, PlaceResolvers, Resolvers } from '../schema-types.generated.js';
import { referencedEntity } from './references.js';

/** Fields every entity (actor or place) shares; each list is batched per request. */
const entityFields: PlaceResolvers & ActorResolvers = {
  aliases: (e) => e.aliases ?? [],
  mentionCount: (e) => e.mentionCount ?? 0,
  documentCount: (e) => e.documentCount ?? 0,
  documents: (e, a, ctx) => ctx.loaders.entityDocuments({ first: page(a.first, 'first') }).load(e.id),
  relations: (e, a, ctx) =>
    ctx.loaders
      .entityRelations({ predicate: a.predicate ?? null, direction: a.direction, minConfidence: confidenceArg(a.minConfidence), first: page(a.first, 'first') })
      .load(e.id),
  events: (e, a, ctx) =>
    ctx.loaders
      .entityEvents({ type: a.type ?? null, from: a.from ?? null, to: a.to ?? null, minConfidence: confidenceArg(a.minConfidence), first: page(a.first, 'first') })
      .load(e.id),
  coMentioned: (e, a, ctx) => ctx.loaders.coMentioned({ first: page(a.first, 'first') }).load(e.id),
};

export const entityResolvers: Resolvers = {
  Entity: {
    __resolveType: (e: EntityRecord) => (e.place ? 'Place' : 'Actor'),
  },
  Actor: {
    ...entityFields,
    curated: (e) => e.curated === true,
    timeline: (e, a, ctx) => ctx.loaders.entityTimeline({ minConfidence: confidenceArg(a.minConfidence), first: page(a.first, 'first') }).load(e.id),
  },
  Place: entityFields,
  Relation: {
    subject: (r, _, ctx) => referencedEntity(ctx, r.subject),
    object: (r, _, ctx) => referencedEntity(ctx, r.object),
    other: (r, _, ctx) => referencedEntity(ctx, r.other),
    evidence: (r, a, ctx) => ctx.loaders.relationEvidence({ first: page(a.first, 'first') }).load({ subject: r.subject, predicate: r.predicate, object: r.object }),
  },
  TimelineEntry: {
    date: (t) => t.event.date,
  },
  CoMention: {
    actor: (c, _, ctx) => referencedEntity(ctx, c.actorId),
  },
};
