import type { ExtractedEntity, ExtractedEvent } from '../model/extraction.js';
import type { DocumentContext } from './types.js';

export function findEvents(_ctx: DocumentContext, _entities: ExtractedEntity[]): ExtractedEvent[] {
  return [];
}
