import type { RelationRecord } from '../../graph/queries/entities.js';
import type { EntityRecord } from '../../graph/queries/read.js';
import type { ApiContext } from '../context.js';
import { confidenceArg, page } from '../limits.js';
import type {
  ActorCoMentionedArgs,
  ActorDocumentsArgs,
  ActorEventsArgs,
  ActorRelationsArgs,
  ActorResolvers,
  ActorTimelineArgs,
  PlaceResolvers,
  RequireFields,
  Resolvers,
} from '../schema-types.generated.js';
import { referencedEntity } from './references.js';

/** An entity record a statement brought along: kept in the request's loader, so later asks for it need no statement. */
export function known(ctx: ApiContext, e: EntityRecord): EntityRecord {
  ctx.loaders.entity.prime(e.id, e);
  return e;
}

/**
 * An entity's lists, each by the entity's id alone (its loader, keyed by the
 * field's arguments): the field resolvers below call them, and `actor` and
 * `entity` start them beside the entity's own lookup (./prefetch.ts), so an
 * actor with its events is one round trip, not two.
 */
export const ENTITY_LISTS = {
  documents: (id: string, a: RequireFields<ActorDocumentsArgs, 'first'>, ctx: ApiContext) => ctx.loaders.entityDocuments({ first: page(a.first, 'first') }).load(id),
  relations: (id: string, a: RequireFields<ActorRelationsArgs, 'first' | 'direction'>, ctx: ApiContext) =>
    ctx.loaders
      .entityRelations({ predicate: a.predicate ?? null, direction: a.direction, minConfidence: confidenceArg(a.minConfidence), first: page(a.first, 'first') })
      .load(id),
  events: (id: string, a: RequireFields<ActorEventsArgs, 'first'>, ctx: ApiContext) =>
    ctx.loaders
      .entityEvents({ type: a.type ?? null, from: a.from ?? null, to: a.to ?? null, minConfidence: confidenceArg(a.minConfidence), first: page(a.first, 'first') })
      .load(id),
  coMentioned: (id: string, a: RequireFields<ActorCoMentionedArgs, 'first'>, ctx: ApiContext) => ctx.loaders.coMentioned({ first: page(a.first, 'first') }).load(id),
  timeline: (id: string, a: RequireFields<ActorTimelineArgs, 'first'>, ctx: ApiContext) =>
    ctx.loaders.entityTimeline({ minConfidence: confidenceArg(a.minConfidence), first: page(a.first, 'first') }).load(id),
};

/** Fields every entity (actor or place) shares; each list is batched per request. */
const entityFields: PlaceResolvers & ActorResolvers = {
  aliases: (e) => e.aliases ?? [],
  mentionCount: (e) => e.mentionCount ?? 0,
  documentCount: (e) => e.documentCount ?? 0,
  documents: (e, a, ctx) => ENTITY_LISTS.documents(e.id, a, ctx),
  relations: (e, a, ctx) => ENTITY_LISTS.relations(e.id, a, ctx),
  events: (e, a, ctx) => ENTITY_LISTS.events(e.id, a, ctx),
  coMentioned: (e, a, ctx) => ENTITY_LISTS.coMentioned(e.id, a, ctx),
};

/** One end of a relation: the other end's record came with it; the entity asked about is in the loader already. */
function relationEnd(r: RelationRecord, id: string, ctx: ApiContext): EntityRecord | Promise<EntityRecord> {
  return r.otherEntity?.id === id ? known(ctx, r.otherEntity) : referencedEntity(ctx, id);
}

export const entityResolvers: Resolvers = {
  Entity: {
    __resolveType: (e: EntityRecord) => (e.place ? 'Place' : 'Actor'),
  },
  Actor: {
    ...entityFields,
    curated: (e) => e.curated === true,
    timeline: (e, a, ctx) => ENTITY_LISTS.timeline(e.id, a, ctx),
  },
  Place: entityFields,
  Relation: {
    subject: (r, _, ctx) => relationEnd(r, r.subject, ctx),
    object: (r, _, ctx) => relationEnd(r, r.object, ctx),
    other: (r, _, ctx) => relationEnd(r, r.other, ctx),
    evidence: (r, a, ctx) => ctx.loaders.relationEvidence({ first: page(a.first, 'first') }).load({ subject: r.subject, predicate: r.predicate, object: r.object }),
  },
  TimelineEntry: {
    date: (t) => t.event.date,
  },
  CoMention: {
    actor: (c, _, ctx) => referencedEntity(ctx, c.actorId),
  },
};
