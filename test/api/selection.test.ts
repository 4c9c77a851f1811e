import { type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { childFields, connectionSelection } from '../../src/api/resolvers/selection.js';

/** The resolve info a resolver of the query's first root field would see (only what connectionSelection reads). */
function infoOf(query: string): GraphQLResolveInfo {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return { fieldNodes: [op.selectionSet.selections[0] as FieldNode], fragments } as unknown as GraphQLResolveInfo;
}

describe('what a connection selection asks for', () => {
  it.each([
    ['edges only', '{ actors { edges { node { id } } } }', { totalCount: false, hasNextPage: false }],
    ['the total', '{ actors { totalCount edges { node { id } } } }', { totalCount: true, hasNextPage: false }],
    ['whether more follow', '{ actors { nodes { id } pageInfo { hasNextPage endCursor } } }', { totalCount: false, hasNextPage: true }],
    ['only the end cursor', '{ actors { pageInfo { endCursor } } }', { totalCount: false, hasNextPage: false }],
    ['the total through a named fragment', 'query { actors { ...Counted } } fragment Counted on ActorConnection { totalCount }', { totalCount: true, hasNextPage: false }],
    ['hasNextPage through an inline fragment', '{ actors { pageInfo { ... on PageInfo { hasNextPage } } } }', { totalCount: false, hasNextPage: true }],
    ['an aliased total', '{ actors { n: totalCount } }', { totalCount: true, hasNextPage: false }],
  ])('%s', (_, query, expected) => {
    expect(connectionSelection(infoOf(query))).toEqual(expected);
  });

  it('asks for everything without resolve info', () => {
    expect(connectionSelection(undefined)).toEqual({ totalCount: true, hasNextPage: true });
  });
});

describe("the fields selected on a root field's object (what an entity's lookup starts beside it)", () => {
  it.each([
    ['fields selected directly', '{ actor(id: "a") { name events(first: 2) { id } } }', ['Actor', 'Entity'], ['name', 'events']],
    ['through fragments on the type or its interface', 'query { actor(id: "a") { ...A ... on Entity { documents { id } } } } fragment A on Actor { timeline { date } }', ['Actor', 'Entity'], ['timeline', 'documents']],
    ['not through fragments on other types', '{ entity(id: "a") { name ... on Actor { timeline { date } } ... on Place { events { id } } } }', ['Entity'], ['name']],
    ['not the fields of nested objects', '{ actor(id: "a") { relations { other { name documents { id } } } } }', ['Actor'], ['relations']],
    ['an inline fragment without a type condition', '{ actor(id: "a") { ... { coMentioned { actor { id } } } } }', ['Actor'], ['coMentioned']],
  ])('%s', (_, query, types, expected) => {
    expect(childFields(infoOf(query), types).map((f) => f.name.value)).toEqual(expected);
  });
});
