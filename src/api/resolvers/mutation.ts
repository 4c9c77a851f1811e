import { toDocumentRows } from '../../graph/document-rows.js';
import { deleteDocument, writeDocument } from '../../graph/document-writer.js';
import type { DocumentInput } from '../../model/document.js';
import { contentHash } from '../../pipeline/ingest.js';
import { DEFAULT_MAX_DOCUMENT_BYTES } from '../../pipeline/inputs.js';
import type { ApiContext } from '../context.js';
import { badInput, knownError } from '../errors.js';
import { idArg, MAX_ID_LENGTH } from '../limits.js';
import type { ResolverMap } from './types.js';

type Ctx = ApiContext;

const MAX_TITLE_LENGTH = 1_000;
const MAX_URL_LENGTH = 2_048;

/** The same checks the file readers make, as user errors. */
function checkInput(input: DocumentInput): DocumentInput {
  const id = input.id.trim();
  if (id === '') throw badInput('`input.id` must not be empty', { argument: 'input.id' });
  if (id.length > MAX_ID_LENGTH) throw badInput(`\`input.id\` is at most ${MAX_ID_LENGTH} characters`, { argument: 'input.id', max: MAX_ID_LENGTH });
  if (input.title != null && input.title.length > MAX_TITLE_LENGTH) throw badInput(`\`input.title\` is at most ${MAX_TITLE_LENGTH} characters`, { argument: 'input.title', max: MAX_TITLE_LENGTH });
  if (input.url != null && input.url.length > MAX_URL_LENGTH) throw badInput(`\`input.url\` is at most ${MAX_URL_LENGTH} characters`, { argument: 'input.url', max: MAX_URL_LENGTH });
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
    /** Extraction on a worker thread with a time budget, then the CLI's one-transaction write of the document's facts. */
    ingestDocument: async (_: unknown, a: { input: DocumentInput }, ctx: Ctx) => {
      const doc = checkInput(a.input);
      let extraction;
      try {
        extraction = await ctx.extractor.extract(doc);
      } catch (err) {
        throw knownError(err) ?? err;
      }
      const result = await writeDocument(ctx.graph, toDocumentRows(doc, contentHash(doc), extraction));
      ctx.loaders.document.clear(doc.id);
      const document = await ctx.loaders.document.load(doc.id);
      return { ...result, status: result.status.toUpperCase(), document };
    },
    deleteDocument: async (_: unknown, a: { id: string }, ctx: Ctx) => {
      idArg(a.id, 'id');
      const deleted = await deleteDocument(ctx.graph, a.id);
      ctx.loaders.document.clear(a.id);
      return { id: a.id, deleted };
    },
  },
};
