import type { ParticipantRecord } from '../../graph/queries/events.js';
import type { EventRecord, EvidenceRecord, SentenceRecord } from '../../graph/queries/read.js';
import type { ApiContext } from '../context.js';
import { page } from '../limits.js';
import { known } from './entity.js';
import type { ResolverMap } from './types.js';

type Ctx = ApiContext;

export const eventResolvers: ResolverMap = {
  Event: {
    // The statements that list events bring the place's record along.
    place: (v: EventRecord, _: unknown, ctx: Ctx) => (v.place !== undefined ? v.place && known(ctx, v.place) : v.placeId ? ctx.loaders.entity.load(v.placeId) : null),
    sourceCount: (v: EventRecord) => v.sourceCount ?? 0,
    confidence: (v: EventRecord) => v.confidence ?? null,
    participants: async (v: EventRecord, a: { role?: string | null }, ctx: Ctx) => {
      const all = await ctx.loaders.eventParticipants.load(v.id);
      return a.role ? all.filter((p) => p.role === a.role) : all;
    },
    sources: (v: EventRecord, _: unknown, ctx: Ctx) => ctx.loaders.eventSources.load(v.id),
    evidence: (v: EventRecord, a: { first?: number }, ctx: Ctx) => ctx.loaders.eventEvidence({ first: page(a.first, 'first', 10) }).load(v.id),
  },
  Participant: {
    entity: (p: ParticipantRecord, _: unknown, ctx: Ctx) => ctx.loaders.entity.load(p.entityId),
  },
  Evidence: {
    span: (e: EvidenceRecord) => ({ start: e.start, end: e.end }),
    trigger: (e: EvidenceRecord) => e.trigger ?? null,
    triggerSpan: (e: EvidenceRecord) => (e.triggerStart != null && e.triggerEnd != null ? { start: e.triggerStart, end: e.triggerEnd } : null),
    confidence: (e: EvidenceRecord) => e.confidence ?? null,
  },
  Sentence: {
    document: (s: SentenceRecord, _: unknown, ctx: Ctx) => ctx.loaders.document.load(s.docId),
  },
};
