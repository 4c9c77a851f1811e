import { extract } from '../../extract/index.js';
import { toDocumentRows } from '../../graph/document-rows.js';
import { deleteDocument, writeDocument } from '../../graph/document-writer.js';
import type { DocumentInput } from '../../model/document.js';
import { contentHash } from '../../pipeline/ingest.js';
import { DEFAULT_MAX_DOCUMENT_BYTES } from '../../pipeline/inputs.js';
import type { ApiContext } from '../context.js';
import { badInput } from '../errors.js';
import type { ResolverMap } from './types.js';

type Ctx = ApiContext;

const MAX_ID_LENGTH = 256;

/** The same checks the file readers make, as user errors. */
function checkInput(input: DocumentInput): DocumentInput {
  const id = input.id.trim();
  if (id === '') throw badInput('`input.id` must not be empty', { argument: 'input.id' });
  if (id.length > MAX_ID_LENGTH) throw badInput(`\`input.id\` is at most ${MAX_ID_LENGTH} characters`, { argument: 'input.id' });
  if (input.text.trim() === '') throw badInput('`input.text` must not be empty', { argument: 'input.text' });
  const bytes = Buffer.byteLength(input.text, 'utf8');
  if (bytes > DEFAULT_MAX_DOCUMENT_BYTES) throw badInput(`\`input.text\` is ${bytes} bytes; the limit is ${DEFAULT_MAX_DOCUMENT_BYTES}`, { argument: 'input.text' });
  return {
    id,
    text: input.text,
    ...(input.title != null && { title: input.title }),
    ...(input.publishedAt != null && { publishedAt: input.publishedAt }),
    ...(input.url != null && { url: input.url }),
  };
}

export const mutationResolvers: ResolverMap = {
  Mutation: {
    /** Extraction, then the CLI's one-transaction write of the document's facts. */
    ingestDocument: async (_: unknown, a: { input: DocumentInput }, ctx: Ctx) => {
      const doc = checkInput(a.input);
      const result = await writeDocument(ctx.graph, toDocumentRows(doc, contentHash(doc), extract(doc)));
      ctx.loaders.document.clear(doc.id);
      const document = await ctx.loaders.document.load(doc.id);
      return { ...result, status: result.status.toUpperCase(), document };
    },
    deleteDocument: async (_: unknown, a: { id: string }, ctx: Ctx) => {
      const deleted = await deleteDocument(ctx.graph, a.id);
      ctx.loaders.document.clear(a.id);
      return { id: a.id, deleted };
    },
  },
};
