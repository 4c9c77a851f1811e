import type { ExtractedEntity } from '../../model/extraction.js';
import type { DocumentContext } from '../types.js';
import { definitions } from './definitions.js';
import { findGroups } from './groups.js';
import { headlineMarks, headlineSafeSpans } from './headlines.js';
import { resolveIdentity } from './identity.js';
import { classifySpans } from './names.js';
import { typeLeftovers } from './leftovers.js';
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
 * untyped leftovers typed by cue words and lists ->
 * document-level identity.
 */
export function findEntities(ctx: DocumentContext): ExtractedEntity[] {
  const tokens = tokenize(ctx);
  const headline = headlineMarks(tokens);
  const spans = headlineSafeSpans(tokens, findNameSpans(tokens), headline);
  // in a line of capitals, common nouns look like names: only the confirmed name spans speak there
  const lowercaseRules = [...descriptiveOrgs(tokens), ...titleOfOrgs(tokens), ...findGroups(tokens)].filter((c) => c.tok === undefined || headline[c.tok] !== 2);
  const candidates = [...definitions(tokens, spans, ctx.text), ...classifySpans(tokens, spans, ctx.text), ...lowercaseRules];
  const accepted = typeLeftovers(resolveOverlaps(candidates, ctx.text), tokens, ctx.text);
  return resolveIdentity(withNestedPlaces(accepted, candidates));
}
