import type { RelationRecord, TimelineRecord, CoMentionRecord } from '../../graph/queries/entities.js';
import type { EntityRecord } from '../../graph/queries/read.js';
import type { ApiContext } from '../context.js';
import { confidenceArg, page } from '../limits.js';
import type { ResolverMap } from './types.js';

type Ctx = ApiContext;

/** Fields every entity (actor or place) shares; each list is batched per request. */
const entityFields = {
  aliases: (e: EntityRecord) => e.aliases ?? [],
  mentionCount: (e: EntityRecord) => e.mentionCount ?? 0,
  documentCount: (e: EntityRecord) => e.documentCount ?? 0,
  documents: (e: EntityRecord, a: { first?: number }, ctx: Ctx) => ctx.loaders.entityDocuments({ first: page(a.first, 'first', 20) }).load(e.id),
  relations: (e: EntityRecord, a: { predicate?: string | null; direction?: 'OUT' | 'IN' | 'BOTH' | null; minConfidence?: number | null; first?: number }, ctx: Ctx) =>
    ctx.loaders
      .entityRelations({ predicate: a.predicate ?? null, direction: a.direction ?? 'BOTH', minConfidence: confidenceArg(a.minConfidence), first: page(a.first, 'first', 20) })
      .load(e.id),
  events: (e: EntityRecord, a: { type?: string | null; from?: string | null; to?: string | null; minConfidence?: number | null; first?: number }, ctx: Ctx) =>
    ctx.loaders
      .entityEvents({ type: a.type ?? null, from: a.from ?? null, to: a.to ?? null, minConfidence: confidenceArg(a.minConfidence), first: page(a.first, 'first', 20) })
      .load(e.id),
  coMentioned: (e: EntityRecord, a: { first?: number }, ctx: Ctx) => ctx.loaders.coMentioned({ first: page(a.first, 'first', 10) }).load(e.id),
};

export const entityResolvers: ResolverMap = {
  Entity: {
    __resolveType: (e: EntityRecord) => (e.place ? 'Place' : 'Actor'),
  },
  Actor: {
    ...entityFields,
    curated: (e: EntityRecord) => e.curated === true,
    timeline: (e: EntityRecord, a: { minConfidence?: number | null; first?: number }, ctx: Ctx) =>
      ctx.loaders.entityTimeline({ minConfidence: confidenceArg(a.minConfidence), first: page(a.first, 'first', 50) }).load(e.id),
  },
  Place: entityFields,
  Relation: {
    subject: (r: RelationRecord, _: unknown, ctx: Ctx) => ctx.loaders.entity.load(r.subject),
    object: (r: RelationRecord, _: unknown, ctx: Ctx) => ctx.loaders.entity.load(r.object),
    other: (r: RelationRecord, _: unknown, ctx: Ctx) => ctx.loaders.entity.load(r.other),
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
