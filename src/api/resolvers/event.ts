import { page } from '../limits.js';
import type { Resolvers } from '../schema-types.generated.js';
import { known } from './entity.js';
import { referencedDocument, referencedEntity } from './references.js';

export const eventResolvers: Resolvers = {
  Event: {
    // The statements that list events bring the place's record along.
    place: (v, _, ctx) => (v.place !== undefined ? v.place && known(ctx, v.place) : v.placeId ? ctx.loaders.entity.load(v.placeId) : null),
    sourceCount: (v) => v.sourceCount ?? 0,
    confidence: (v) => v.confidence ?? null,
    participants: async (v, a, ctx) => {
      const all = await ctx.loaders.eventParticipants.load(v.id);
      return a.role ? all.filter((p) => p.role === a.role) : all;
    },
    sources: (v, _, ctx) => ctx.loaders.eventSources.load(v.id),
    evidence: (v, a, ctx) => ctx.loaders.eventEvidence({ first: page(a.first, 'first') }).load(v.id),
  },
  Participant: {
    entity: (p, _, ctx) => referencedEntity(ctx, p.entityId),
  },
  Evidence: {
    span: (e) => ({ start: e.start, end: e.end }),
    trigger: (e) => e.trigger ?? null,
    triggerSpan: (e) => (e.triggerStart != null && e.triggerEnd != null ? { start: e.triggerStart, end: e.triggerEnd } : null),
    confidence: (e) => e.confidence ?? null,
  },
  Sentence: {
    document: (s, _, ctx) => referencedDocument(ctx, s.docId),
  },
};
