import type { DocumentEntityRecord } from '../../graph/queries/documents.js';
import type { DocumentRecord } from '../../graph/queries/read.js';
import type { ApiContext } from '../context.js';
import { page } from '../limits.js';
import type { ResolverMap } from './types.js';

type Ctx = ApiContext;

export const documentResolvers: ResolverMap = {
  Document: {
    sentenceCount: (d: DocumentRecord) => d.sentenceCount ?? 0,
    entities: (d: DocumentRecord, a: { type?: string | null; first?: number }, ctx: Ctx) =>
      ctx.loaders.documentEntities({ type: a.type ?? null, first: page(a.first, 'first', 50) }).load(d.id),
    events: (d: DocumentRecord, a: { first?: number }, ctx: Ctx) => ctx.loaders.documentEvents({ first: page(a.first, 'first', 50) }).load(d.id),
    sentences: (d: DocumentRecord, a: { first?: number }, ctx: Ctx) => ctx.loaders.documentSentences({ first: page(a.first, 'first', 100) }).load(d.id),
  },
  DocumentEntity: {
    entity: (de: DocumentEntityRecord, _: unknown, ctx: Ctx) => ctx.loaders.entity.load(de.entityId),
  },
};
