import { page } from '../limits.js';
import type { Resolvers } from '../schema-types.generated.js';
import { referencedEntity } from './references.js';

export const connectionResolvers: Resolvers = {
  Path: {
    entities: (p, _, ctx) => Promise.all(p.entities.map((id) => referencedEntity(ctx, id))),
  },
  PathStep: {
    from: (s, _, ctx) => referencedEntity(ctx, s.from),
    to: (s, _, ctx) => referencedEntity(ctx, s.to),
    predicate: (s) => (s.kind === 'RELATION' ? s.predicate : null),
    direction: (s) => (s.kind === 'RELATION' ? s.direction : null),
    event: (s, _, ctx) => (s.kind === 'SHARED_EVENT' ? ctx.loaders.event.load(s.event) : null),
    fromRoles: (s) => (s.kind === 'SHARED_EVENT' ? s.fromRoles : null),
    toRoles: (s) => (s.kind === 'SHARED_EVENT' ? s.toRoles : null),
    evidence: (s, a, ctx) => {
      const first = page(a.first, 'first');
      return s.kind === 'RELATION'
        ? ctx.loaders.relationEvidence({ first }).load({ subject: s.subject, predicate: s.predicate, object: s.object })
        : ctx.loaders.sharedEventEvidence({ first }).load({ event: s.event, a: s.from, b: s.to });
    },
  },
};
