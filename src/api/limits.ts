import {
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  type GraphQLField,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type GraphQLNamedType,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql';
import { badInput } from './errors.js';

/** Largest `first` / `limit` any field accepts. */
export const MAX_PAGE = 100;
/** Deepest nesting of fields an operation may have (introspection excluded; enforced by graphql-armor, ./armor.ts). */
export const MAX_DEPTH = 10;
/** Largest estimated cost: a page of 100 actors with 20 relations each, each with evidence, fits. */
export const MAX_COST = 100_000;
/** What an unpaged list field is assumed to return when estimating cost. */
const UNPAGED_LIST_SIZE = 5;
const PAGE_ARGS = ['first', 'limit'];

/**
 * What a field costs beyond 1, per item, because of the work it makes the
 * server do (issue 11, item 2): full-text searches, counts over the whole
 * graph, path searches and extraction are each worth many plain fields.
 * A field absent here costs 1.
 */
export const FIELD_WORK: Readonly<Record<string, number>> = {
  'Query.search': 5_000, // two full-text searches, then snippets
  'Query.stats': 2_000, // four scans of the whole graph (memoized per request)
  'Query.connection': 5_000, // shortest-path search up to maxHops
  'Query.neighborhood': 1_000, // one statement per ring (ranked and cut in Neo4j), then the edges among the kept nodes
  'Query.actors': 200, // a page (and a count when totalCount is asked); with `search`, one full-text query
  'Query.documents': 200,
  'Query.events': 200,
  'Query.curations': 50,
  'Mutation.ingestDocument': 20_000, // extraction (off-thread) and a write transaction
  'Mutation.deleteDocument': 2_000,
  'Mutation.mergeActors': 2_000,
  'Mutation.updateActor': 2_000,
  'Mutation.undoCuration': 2_000,
};

/** Longest id any argument accepts (ids are `<type>:<normalized name>` or document ids). */
export const MAX_ID_LENGTH = 256;
/** Longest search text (`q`, `search`): a few words a person types, not a document. */
export const MAX_SEARCH_LENGTH = 200;

/** Checks an id argument's length at run time, so a huge id is a clear user error, never echoed back. */
export function idArg(value: string, name: string): string {
  if (value.length > MAX_ID_LENGTH) throw badInput(`\`${name}\` is at most ${MAX_ID_LENGTH} characters, got ${value.length}`, { argument: name, max: MAX_ID_LENGTH });
  return value;
}

export function optionalIdArg(value: string | null | undefined, name: string): string | null {
  return value == null ? null : idArg(value, name);
}

/** Checks a `minConfidence` argument: a number from 0 to 1, or null for no filter. */
export function confidenceArg(value: number | null | undefined, name = 'minConfidence'): number | null {
  if (value == null) return null;
  if (!Number.isFinite(value) || value < 0 || value > 1) throw badInput(`\`${name}\` must be between 0 and 1, got ${value}`, { argument: name, min: 0, max: 1 });
  return value;
}

/** Checks a search text's length (full-text queries and snippets grow with it). */
export function searchArg(value: string | null | undefined, name: string): string | null {
  if (value == null) return null;
  if (value.length > MAX_SEARCH_LENGTH) throw badInput(`\`${name}\` is at most ${MAX_SEARCH_LENGTH} characters, got ${value.length}`, { argument: name, max: MAX_SEARCH_LENGTH });
  return value;
}

/** Checks a page size at run time (variables are not known at validation); its default is the schema's. */
export function page(n: number, name: string): number {
  if (!Number.isInteger(n) || n < 0) throw badInput(`\`${name}\` must be a non-negative integer, got ${n}`, { argument: name });
  if (n > MAX_PAGE) throw badInput(`\`${name}\` is at most ${MAX_PAGE}, got ${n}`, { argument: name, max: MAX_PAGE });
  return n;
}

/** Checks an integer argument lies in [min, max]; its default is the schema's. */
export function inRange(n: number, name: string, min: number, max: number): number {
  if (!Number.isInteger(n) || n < min || n > max) throw badInput(`\`${name}\` must be between ${min} and ${max}, got ${n}`, { argument: name, min, max });
  return n;
}

function tooComplex(message: string, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', ...extensions } });
}

type Fragments = (name: string) => FragmentDefinitionNode | null | undefined;

/**
 * Rejects operations whose estimated cost exceeds `max`. Each field costs its
 * work (1, or FIELD_WORK) plus its selection, times how many items it can return: its `first` or
 * `limit` (the literal, the variable's default or the page maximum, or the
 * argument's default); an unpaged list inside a paged field costs once (the
 * parent's page bounds it), any other unpaged list counts UNPAGED_LIST_SIZE.
 */
export function costLimitRule(max: number = MAX_COST): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(op: OperationDefinitionNode) {
      const root = op.operation === 'query' ? context.getSchema().getQueryType() : op.operation === 'mutation' ? context.getSchema().getMutationType() : null;
      if (!root) return;
      const defaults = new Map<string, ValueNode | undefined>(op.variableDefinitions?.map((v) => [v.variable.name.value, v.defaultValue]) ?? []);
      const cost = costOf(op.selectionSet, root, false, { fragments: (n) => context.getFragment(n), defaults, context, visiting: new Set() });
      if (cost > max) context.reportError(tooComplex(`estimated query cost ${cost} exceeds the maximum of ${max}: ask for smaller pages or fewer nested lists`, { cost, maxCost: max }));
    },
  });
}

interface CostEnv {
  fragments: Fragments;
  defaults: Map<string, ValueNode | undefined>;
  context: ValidationContext;
  visiting: Set<string>;
}

function costOf(set: SelectionSetNode | undefined, parent: GraphQLNamedType, pagedByParent: boolean, env: CostEnv): number {
  if (!set) return 0;
  let total = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      total += fieldCost(sel, parent, pagedByParent, env);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      const type = sel.typeCondition ? env.context.getSchema().getType(sel.typeCondition.name.value) ?? parent : parent;
      total += costOf(sel.selectionSet, type, pagedByParent, env);
    } else {
      const frag = env.fragments(sel.name.value);
      if (!frag || env.visiting.has(sel.name.value)) continue;
      env.visiting.add(sel.name.value);
      const type = env.context.getSchema().getType(frag.typeCondition.name.value) ?? parent;
      total += costOf(frag.selectionSet, type, pagedByParent, env);
      env.visiting.delete(sel.name.value);
    }
  }
  return total;
}

function fieldCost(node: FieldNode, parent: GraphQLNamedType, pagedByParent: boolean, env: CostEnv): number {
  if (node.name.value.startsWith('__')) return 0;
  const def: GraphQLField<unknown, unknown> | undefined = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
  if (!def) return 1;
  const pageSize = pageArgument(node, def, env);
  const isList = isListType(getNullableType(def.type));
  const times = pageSize ?? (isList ? (pagedByParent ? 1 : UNPAGED_LIST_SIZE) : 1);
  const work = FIELD_WORK[`${parent.name}.${node.name.value}`] ?? 1;
  const selection = costOf(node.selectionSet, getNamedType(def.type), pageSize !== undefined, env);
  // A list does its work per item; a single object (search, neighborhood) does it once, its page bounding the lists inside.
  return isList ? times * (work + selection) : work + times * selection;
}

function pageArgument(node: FieldNode, def: GraphQLField<unknown, unknown>, env: CostEnv): number | undefined {
  for (const name of PAGE_ARGS) {
    const argDef = def.args.find((a) => a.name === name);
    if (!argDef) continue;
    const given = node.arguments?.find((a) => a.name.value === name)?.value;
    const value = given?.kind === Kind.VARIABLE ? (env.defaults.get(given.name.value) ?? null) : given;
    if (value === null) return MAX_PAGE;
    if (value?.kind === Kind.INT) return Math.min(Number(value.value), MAX_PAGE);
    if (typeof argDef.defaultValue === 'number') return argDef.defaultValue;
    return MAX_PAGE;
  }
  return undefined;
}

/** Rejects literal page sizes over the maximum before anything runs (variables are checked at run time). */
export function pageSizeRule(max: number = MAX_PAGE): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    Argument(node) {
      if (!PAGE_ARGS.includes(node.name.value) || node.value.kind !== Kind.INT) return;
      const n = Number(node.value.value);
      if (n > max || n < 0) {
        context.reportError(
          new GraphQLError(`\`${node.name.value}\` is at most ${max}, got ${n}`, { nodes: [node], extensions: { code: 'BAD_USER_INPUT', argument: node.name.value, max } }),
        );
      }
    },
  });
}
