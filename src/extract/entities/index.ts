import type { ExtractedEntity } from '../../model/extraction.js';
import type { DocumentContext } from '../types.js';
import { definitions } from './definitions.js';
import { findGroups } from './groups.js';
import { headlineMarks, headlineSafeSpans } from './headlines.js';
import { resolveIdentity, type UntypedNameTyper } from './identity.js';
import type { Candidate } from './candidate.js';
import { defaultEntityModel, documentTopic, learnedType, nameFeatures, tokenStyle, typedNeighbours, typerOn, type EntityModel, type TypedNeighbours } from './learned/index.js';
import type { EntityType } from '../../model/ontology.js';
import { classifySpans } from './names.js';
import { typeLeftovers } from './leftovers.js';
import { descriptiveOrgs, titleOfOrgs } from './organizations.js';
import { resolveOverlaps, withNestedPlaces } from './resolve.js';
import { surnamesOfPeople } from './surnames.js';
import { findNameSpans } from './spans.js';
import { tokenize, type Token } from './tokens.js';

/**
 * Actors (Person, Organization, Group) and Places of one document, one
 * entity per real thing, every mention with exact offsets.
 *
 * Stages: tokens from the shared parse -> capitalized name spans -> rules
 * propose typed candidates (definitions, titles, name shapes, gazetteer,
 * descriptive organizations, groups) -> overlaps settled by priority ->
 * untyped leftovers typed by cue words and lists ->
 * document-level identity; a name still untyped then is typed by the
 * learned typer (learned/) or dropped.
 */
export interface EntityOptions {
  /** The learned typer of names no rule typed: undefined for the committed model, null for rules only. */
  entityModel?: EntityModel | null;
  /** Sees each such name's features and mentions (training collects its examples here). */
  onUntyped?: (features: string[], mentions: readonly Candidate[], current: EntityType | undefined) => void;
  /**
   * Sees each capitalized name a strong rule typed, with its features as the typer would read them (training only:
   * these names teach the typer what name words and contexts say, though it never judges them).
   */
  onTyped?: (features: string[], mentions: readonly Candidate[], type: EntityType) => void;
}

export function findEntities(ctx: DocumentContext, options: EntityOptions = {}): ExtractedEntity[] {
  const tokens = tokenize(ctx);
  const headline = headlineMarks(tokens);
  const spans = headlineSafeSpans(tokens, findNameSpans(tokens), headline);
  // in a line of capitals, common nouns look like names: only the confirmed name spans speak there
  const lowercaseRules = [...descriptiveOrgs(tokens), ...titleOfOrgs(tokens), ...findGroups(tokens)].filter((c) => c.tok === undefined || headline[c.tok] !== 2);
  const candidates = [...definitions(tokens, spans, ctx.text), ...classifySpans(tokens, spans, ctx.text), ...lowercaseRules];
  const accepted = surnamesOfPeople(typeLeftovers(resolveOverlaps(candidates, ctx.text), tokens, ctx.text));
  const model = options.entityModel === undefined ? defaultEntityModel() : options.entityModel;
  const { onUntyped, onTyped } = options;
  const style = tokenStyle(tokens, ctx.text);
  let neighbours: TypedNeighbours | undefined;
  const typer: UntypedNameTyper | undefined = model || onUntyped ? (mentions, current) => {
    if (!onUntyped && !typerOn(model!, current !== undefined, style)) return current;
    neighbours ??= typedNeighbours(accepted, style === 'enc' ? documentTopic(tokens) : undefined);
    const features = nameFeatures(tokens, mentions, current, style, neighbours);
    onUntyped?.(features, mentions, current);
    return model ? learnedType(model, features, current, style) : current;
  } : undefined;
  const observe = onTyped ? (mentions: readonly Candidate[], type: EntityType) => {
    neighbours ??= typedNeighbours(accepted, style === 'enc' ? documentTopic(tokens) : undefined);
    onTyped(nameFeatures(tokens, mentions, type, style, neighbours, true), mentions, type);
  } : undefined;
  const entities = resolveIdentity(withNestedPlaces(accepted, candidates), typer, observe);
  // An encyclopedia names its bodies: "the federal government", "the local police" there are descriptions, not
  // entities (news, which names "the government" it reports on again and again, keeps them).
  // Only when the first sentence defines its subject ("X is a ..."): a news lead with a passive "was" is no encyclopedia.
  if (style !== 'enc' || !definesSubject(tokens)) return entities;
  return entities.filter((e) => !(e.type === 'Organization' && [e.name, ...e.aliases].every((n) => !/\p{Lu}/u.test(n))));
}

/** The first sentence says what its subject is: a copula right before an article ("X is a town", "Y was the son"). */
function definesSubject(tokens: readonly Token[]): boolean {
  const first = tokens[0]?.sentence;
  for (let i = 0; i + 1 < tokens.length && tokens[i]!.sentence === first; i++) {
    if (/^(is|was|are|were)$/.test(tokens[i]!.lower) && /^(a|an|the|one)$/.test(tokens[i + 1]!.lower)) return true;
  }
  return false;
}
