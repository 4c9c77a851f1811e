import { deleteDocument } from '../../graph/document-writer.js';
import { DocumentInputError } from '../../pipeline/document-input.js';
import { ingestOne } from '../../pipeline/ingest.js';
import { badInput, knownError } from '../errors.js';
import { idArg } from '../limits.js';
import type { IngestStatus, Resolvers } from '../schema-types.generated.js';
import { referencedDocument } from './references.js';

const INGEST_STATUS = { new: 'NEW', updated: 'UPDATED', unchanged: 'UNCHANGED' } as const satisfies Record<string, IngestStatus>;

export const mutationResolvers: Resolvers = {
  Mutation: {
    /** The pipeline's one-document ingest: the file readers' checks, extraction on the server's worker pool, one transaction. */
    ingestDocument: async (_, a, ctx) => {
      let result;
      try {
        result = await ingestOne(ctx.graph, a.input, { extractor: ctx.extractor });
      } catch (err) {
        if (err instanceof DocumentInputError) throw badInput(`\`input\`: ${err.message}`, err.field ? { argument: `input.${err.field}` } : {});
        throw knownError(err) ?? err;
      }
      ctx.loaders.document.clear(result.id);
      const { id, status, ...counts } = result;
      return { ...counts, status: INGEST_STATUS[status], document: await referencedDocument(ctx, id) };
    },
    deleteDocument: async (_, a, ctx) => {
      idArg(a.id, 'id');
      const deleted = await deleteDocument(ctx.graph, a.id);
      ctx.loaders.document.clear(a.id);
      return { id: a.id, deleted };
    },
  },
};
