import type { DocumentInput } from '../model/document.js';
import type { Extraction } from '../model/extraction.js';
import { findEntities } from './entities/index.js';
import { dropIdleGroups } from './entities/salience.js';
import { parse } from './nlp.js';
import { findEvents } from './events/index.js';
import { findRelations } from './relations.js';
import { relationsFromEvents } from './relations/events.js';
import { documentContext } from './context.js';
import { prepareText } from './prepare.js';
import type { RelationModel } from './relations/learned/index.js';
import type { EntityModel } from './entities/learned/index.js';
import { extractorVersion } from './version.js';

export { extractorVersion } from './version.js';

export interface ExtractOptions {
  /** The learned relation classifier: undefined for the committed model, null for rules only. */
  relationModel?: RelationModel | null;
  /** The learned typer of names no rule typed: undefined for the committed model, null for rules only. */
  entityModel?: EntityModel | null;
}

/** Text in, extraction out. Pure: no I/O besides lexicons (and the committed model) loaded once. */
export function extract(doc: DocumentInput, options: ExtractOptions = {}): Extraction {
  // Same length as doc.text (markup blanked, over-long runs broken), so offsets hold for both.
  const text = prepareText(doc.text);
  const parsed = parse(text);
  const ctx = documentContext(text === doc.text ? doc : { ...doc, text }, parsed);
  const found = findEntities(ctx, { entityModel: options.entityModel });
  const relations = findRelations(ctx, found, options.relationModel);
  const events = findEvents(ctx, found);
  relations.push(...relationsFromEvents(events, found, relations, ctx.text));
  const entities = dropIdleGroups(found, relations, events);
  if (text !== doc.text) restoreSurfaceText(doc.text, entities, events);
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

/**
 * Where markup was blanked, a mention's text is still what the original says
 * at its offsets; names and aliases lose the blanks' runs of spaces.
 */
function restoreSurfaceText(original: string, entities: Extraction['entities'], events: Extraction['events']): void {
  const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();
  for (const e of entities) {
    for (const m of e.mentions) m.text = original.slice(m.start, m.end);
    e.name = squeeze(e.name);
    if (e.aliases) e.aliases = [...new Set(e.aliases.map(squeeze))].filter((a) => a && a !== e.name);
  }
  for (const v of events) v.trigger.text = original.slice(v.trigger.start, v.trigger.end);
}
