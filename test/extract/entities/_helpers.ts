import type { ExtractedEntity } from '../../../src/model/extraction.js';
import { findEntities, type EntityOptions } from '../../../src/extract/entities/index.js';
import { nlp } from '../../../src/extract/nlp.js';
import { documentContext } from '../../../src/extract/context.js';

/** Entities of one text, through the same shared parse the pipeline makes. */
export function entitiesOf(text: string, options: EntityOptions = {}): ExtractedEntity[] {
  const parsed = nlp(text);
  return findEntities(documentContext({ id: 't', text }, parsed), options);
}

/** The rules alone, without the learned typer: for tests of what a rule does, whatever the committed weights say. */
export const RULES_ONLY: EntityOptions = { entityModel: null };

/** `name/Type` of every entity, for compact expectations. */
export const summary = (text: string): string[] => entitiesOf(text).map((e) => `${e.name}/${e.type}`);

export const find = (text: string, name: string): ExtractedEntity | undefined => entitiesOf(text).find((e) => e.name === name);
