import type { DocumentInput } from '../model/document.js';
import type { Extraction } from '../model/extraction.js';
import { findEntities } from './entities/index.js';
import { nlp } from './nlp.js';
import { findEvents } from './events.js';
import { findRelations } from './relations.js';
import { relationsFromEvents } from './relations/events.js';
import { documentContext } from './context.js';
import type { RelationModel } from './relations/learned/index.js';
import { extractorVersion } from './version.js';

export { extractorVersion } from './version.js';

export interface ExtractOptions {
  /** The learned relation classifier: undefined for the committed model, null for rules only. */
  relationModel?: RelationModel | null;
}

/** Text in, extraction out. Pure: no I/O besides lexicons (and the committed model) loaded once. */
export function extract(doc: DocumentInput, options: ExtractOptions = {}): Extraction {
  const parsed = nlp(doc.text);
  const ctx = documentContext(doc, parsed);
  const entities = findEntities(ctx);
  const relations = findRelations(ctx, entities, options.relationModel);
  const events = findEvents(ctx, entities);
  relations.push(...relationsFromEvents(events, entities, relations));
  return {
    document: {
      id: doc.id,
      ...(doc.title !== undefined && { title: doc.title }),
      ...(doc.url !== undefined && { url: doc.url }),
      ...(doc.publishedAt !== undefined && { publishedAt: doc.publishedAt }),
      extractorVersion: extractorVersion(),
    },
    sentences: ctx.sentences.map(({ start, end }) => ({ start, end })),
    entities,
    relations,
    events,
  };
}
