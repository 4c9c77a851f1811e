import type { DocumentRecord, EntityRecord } from '../../graph/queries/read.js';
import type { ApiContext } from '../context.js';
import { notFound } from '../errors.js';

/**
 * What a record points at (a relation's ends, a participant, a sentence's
 * document) exists unless a curation or a delete removed it while this request
 * ran: that is a clear error, not a null the schema forbids there.
 */
async function referenced<T>(record: Promise<T | null>, what: string, id: string): Promise<T> {
  const found = await record;
  if (found == null) throw notFound(`${what} "${id}" was removed while this request ran`);
  return found;
}

export const referencedEntity = (ctx: ApiContext, id: string): Promise<EntityRecord> => referenced(ctx.loaders.entity.load(id), 'entity', id);

export const referencedDocument = (ctx: ApiContext, id: string): Promise<DocumentRecord> => referenced(ctx.loaders.document.load(id), 'document', id);
