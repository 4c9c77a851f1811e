import type { GraphQLFieldResolver, GraphQLScalarType } from 'graphql';
import type { ApiContext } from '../context.js';

/** Resolvers of one type, by field; typed loosely at the map level, precisely in each function. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type TypeResolvers = Record<string, GraphQLFieldResolver<any, ApiContext, any> | { __resolveType?: unknown } | unknown>;
export type ResolverMap = Record<string, TypeResolvers | GraphQLScalarType>;
