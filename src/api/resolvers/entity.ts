import type { RelationRecord, TimelineRecord, CoMentionRecord } from '../../graph/queries/entities.js';
import type { EntityRecord } from '../../graph/queries/read.js';
import type { ApiContext } from '../context.js';
import { confidenceArg, page } from '../limits.js';
import type { ResolverMap } from './types.js';

type Ctx = ApiContext;

/** An entity record a statement brought along: kept in the request's loader, so later asks for it need no statement. */
export function known(ctx: Ctx, e: EntityRecord): EntityRecord {
  ctx.loaders.entity.prime(e.id, e);
  return e;
}

type ListArgs = Record<string, unknown>;

/**
 * An entity's lists, each by the entity's id alone (its loader, keyed by the
 * field's arguments): the field resolvers below call them, and `actor` and
 * `entity` start them beside the entity's own lookup (./prefetch.ts), so an
 * actor with its events is one round trip, not two.
 */
export const ENTITY_LISTS: Readonly<Record<string, (id: string, a: ListArgs, ctx: Ctx) => Promise<unknown>>> = {
  documents: (id, a: { first?: number }, ctx) => ctx.loaders.entityDocuments({ first: page(a.first, 'first', 20) }).load(id),
  relations: (id, a: { predicate?: string | null; direction?: 'OUT' | 'IN' | 'BOTH' | null; minConfidence?: number | null; first?: number }, ctx) =>
    ctx.loaders
      .entityRelations({ predicate: a.predicate ?? null, direction: a.direction ?? 'BOTH', minConfidence: confidenceArg(a.minConfidence), first: page(a.first, 'first', 20) })
      .load(id),
  events: (id, a: { type?: string | null; from?: string | null; to?: string | null; minConfidence?: number | null; first?: number }, ctx) =>
    ctx.loaders
      .entityEvents({ type: a.type ?? null, from: a.from ?? null, to: a.to ?? null, minConfidence: confidenceArg(a.minConfidence), first: page(a.first, 'first', 20) })
      .load(id),
  coMentioned: (id, a: { first?: number }, ctx) => ctx.loaders.coMentioned({ first: page(a.first, 'first', 10) }).load(id),
  timeline: (id, a: { minConfidence?: number | null; first?: number }, ctx) =>
    ctx.loaders.entityTimeline({ minConfidence: confidenceArg(a.minConfidence), first: page(a.first, 'first', 50) }).load(id),
};

/** Fields every entity (actor or place) shares; each list is batched per request. */
const entityFields = {
  aliases: (e: EntityRecord) => e.aliases ?? [],
  mentionCount: (e: EntityRecord) => e.mentionCount ?? 0,
  documentCount: (e: EntityRecord) => e.documentCount ?? 0,
  documents: (e: EntityRecord, a: { first?: number }, ctx: Ctx) => ENTITY_LISTS.documents!(e.id, a, ctx),
  relations: (e: EntityRecord, a: { predicate?: string | null; direction?: 'OUT' | 'IN' | 'BOTH' | null; minConfidence?: number | null; first?: number }, ctx: Ctx) =>
    ENTITY_LISTS.relations!(e.id, a, ctx),
  events: (e: EntityRecord, a: { type?: string | null; from?: string | null; to?: string | null; minConfidence?: number | null; first?: number }, ctx: Ctx) =>
    ENTITY_LISTS.events!(e.id, a, ctx),
  coMentioned: (e: EntityRecord, a: { first?: number }, ctx: Ctx) => ENTITY_LISTS.coMentioned!(e.id, a, ctx),
};

/** One end of a relation: the other end's record came with it; the entity asked about is in the loader already. */
function relationEnd(r: RelationRecord, id: string, ctx: Ctx): EntityRecord | Promise<EntityRecord | null> {
  return r.otherEntity?.id === id ? known(ctx, r.otherEntity) : ctx.loaders.entity.load(id);
}

export const entityResolvers: ResolverMap = {
  Entity: {
    __resolveType: (e: EntityRecord) => (e.place ? 'Place' : 'Actor'),
  },
  Actor: {
    ...entityFields,
    curated: (e: EntityRecord) => e.curated === true,
    timeline: (e: EntityRecord, a: { minConfidence?: number | null; first?: number }, ctx: Ctx) => ENTITY_LISTS.timeline!(e.id, a, ctx),
  },
  Place: entityFields,
  Relation: {
    subject: (r: RelationRecord, _: unknown, ctx: Ctx) => relationEnd(r, r.subject, ctx),
    object: (r: RelationRecord, _: unknown, ctx: Ctx) => relationEnd(r, r.object, ctx),
    other: (r: RelationRecord, _: unknown, ctx: Ctx) => relationEnd(r, r.other, ctx),
    evidence: (r: RelationRecord, a: { first?: number }, ctx: Ctx) =>
      ctx.loaders.relationEvidence({ first: page(a.first, 'first', 5) }).load({ subject: r.subject, predicate: r.predicate, object: r.object }),
  },
  TimelineEntry: {
    date: (t: TimelineRecord) => t.event.date,
  },
  CoMention: {
    actor: (c: CoMentionRecord, _: unknown, ctx: Ctx) => ctx.loaders.entity.load(c.actorId),
  },
};
