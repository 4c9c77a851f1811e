import { deleteDocument } from '../../graph/document-writer.js';
import { DocumentInputError } from '../../pipeline/document-input.js';
import { ingestOne } from '../../pipeline/ingest.js';
import type { ApiContext } from '../context.js';
import { badInput, knownError } from '../errors.js';
import { idArg } from '../limits.js';
import type { ResolverMap } from './types.js';

type Ctx = ApiContext;

export const mutationResolvers: ResolverMap = {
  Mutation: {
    /** The pipeline's one-document ingest: the file readers' checks, extraction on the server's worker pool, one transaction. */
    ingestDocument: async (_: unknown, a: { input: Record<string, unknown> }, ctx: Ctx) => {
      let result;
      try {
        result = await ingestOne(ctx.graph, a.input, { extractor: ctx.extractor });
      } catch (err) {
        if (err instanceof DocumentInputError) throw badInput(`\`input\`: ${err.message}`, err.field ? { argument: `input.${err.field}` } : {});
        throw knownError(err) ?? err;
      }
      ctx.loaders.document.clear(result.id);
      const document = await ctx.loaders.document.load(result.id);
      const { id: _id, ...counts } = result;
      return { ...counts, status: result.status.toUpperCase(), document };
    },
    deleteDocument: async (_: unknown, a: { id: string }, ctx: Ctx) => {
      idArg(a.id, 'id');
      const deleted = await deleteDocument(ctx.graph, a.id);
      ctx.loaders.document.clear(a.id);
      return { id: a.id, deleted };
    },
  },
};
