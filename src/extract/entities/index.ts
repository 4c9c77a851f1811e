import type { ExtractedEntity } from '../../model/extraction.js';
import type { DocumentContext } from '../types.js';
import { definitions } from './definitions.js';
import { findGroups } from './groups.js';
import { resolveIdentity } from './identity.js';
import { classifySpans } from './names.js';
import { descriptiveOrgs, titleOfOrgs } from './organizations.js';
import { resolveOverlaps, withNestedPlaces } from './resolve.js';
import { findNameSpans } from './spans.js';
import { tokenize } from './tokens.js';

/**
 * Actors (Person, Organization, Group) and Places of one document, one
 * entity per real thing, every mention with exact offsets.
 *
 * Stages: tokens from the shared parse -> capitalized name spans -> rules
 * propose typed candidates (definitions, titles, name shapes, gazetteer,
 * descriptive organizations, groups) -> overlaps settled by priority ->
 * document-level identity.
 */
export function findEntities(ctx: DocumentContext): ExtractedEntity[] {
  const tokens = tokenize(ctx);
  const spans = findNameSpans(tokens);
  const candidates = [
    ...definitions(tokens, spans, ctx.text),
    ...classifySpans(tokens, spans, ctx.text),
    ...descriptiveOrgs(tokens),
    ...titleOfOrgs(tokens),
    ...findGroups(tokens),
  ];
  return resolveIdentity(withNestedPlaces(resolveOverlaps(candidates, ctx.text), candidates));
}
