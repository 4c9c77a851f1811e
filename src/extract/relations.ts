import type { ExtractedEntity, ExtractedRelation } from '../model/extraction.js';
import type { DocumentContext } from './types.js';

export function findRelations(_ctx: DocumentContext, _entities: ExtractedEntity[]): ExtractedRelation[] {
  return [];
}
