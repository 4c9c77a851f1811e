import type { PathRecord, PathStepRecord } from '../../graph/queries/paths.js';
import type { ApiContext } from '../context.js';
import { page } from '../limits.js';
import type { ResolverMap } from './types.js';

type Ctx = ApiContext;

export const pathResolvers: ResolverMap = {
  Path: {
    entities: (p: PathRecord, _: unknown, ctx: Ctx) => ctx.loaders.entity.loadMany(p.entities),
  },
  PathStep: {
    from: (s: PathStepRecord, _: unknown, ctx: Ctx) => ctx.loaders.entity.load(s.from),
    to: (s: PathStepRecord, _: unknown, ctx: Ctx) => ctx.loaders.entity.load(s.to),
    predicate: (s: PathStepRecord) => (s.kind === 'RELATION' ? s.predicate : null),
    direction: (s: PathStepRecord) => (s.kind === 'RELATION' ? s.direction : null),
    event: (s: PathStepRecord, _: unknown, ctx: Ctx) => (s.kind === 'SHARED_EVENT' ? ctx.loaders.event.load(s.event) : null),
    fromRoles: (s: PathStepRecord) => (s.kind === 'SHARED_EVENT' ? s.fromRoles : null),
    toRoles: (s: PathStepRecord) => (s.kind === 'SHARED_EVENT' ? s.toRoles : null),
    evidence: (s: PathStepRecord, a: { first?: number }, ctx: Ctx) => {
      const first = page(a.first, 'first', 3);
      return s.kind === 'RELATION'
        ? ctx.loaders.relationEvidence({ first }).load({ subject: s.subject, predicate: s.predicate, object: s.object })
        : ctx.loaders.sharedEventEvidence({ first }).load({ event: s.event, a: s.from, b: s.to });
    },
  },
};
