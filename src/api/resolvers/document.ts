import { page } from '../limits.js';
import type { Resolvers } from '../schema-types.generated.js';
import { referencedEntity } from './references.js';

export const documentResolvers: Resolvers = {
  Document: {
    sentenceCount: (d) => d.sentenceCount ?? 0,
    entities: (d, a, ctx) => ctx.loaders.documentEntities({ type: a.type ?? null, first: page(a.first, 'first') }).load(d.id),
    events: (d, a, ctx) => ctx.loaders.documentEvents({ first: page(a.first, 'first') }).load(d.id),
    sentences: (d, a, ctx) => ctx.loaders.documentSentences({ first: page(a.first, 'first') }).load(d.id),
  },
  DocumentEntity: {
    entity: (de, _, ctx) => referencedEntity(ctx, de.entityId),
  },
};
