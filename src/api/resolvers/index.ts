import type { GraphQLScalarType } from 'graphql';
import { curationResolvers } from './curation.js';
import { documentResolvers } from './document.js';
import { entityResolvers } from './entity.js';
import { eventResolvers } from './event.js';
import { mutationResolvers } from './mutation.js';
import { pathResolvers } from './paths.js';
import { queryResolvers } from './query.js';
import { PartialDate } from './scalars.js';
import type { ResolverMap, TypeResolvers } from './types.js';

/** Every type's resolvers, merged field by field (Query and Mutation come from several files). */
export function allResolvers(): ResolverMap {
  const out: Record<string, TypeResolvers> = {};
  for (const part of [queryResolvers, entityResolvers, eventResolvers, documentResolvers, pathResolvers, mutationResolvers, curationResolvers]) {
    for (const [type, fields] of Object.entries(part)) out[type] = { ...out[type], ...(fields as TypeResolvers) };
  }
  return { ...out, PartialDate: PartialDate as GraphQLScalarType };
}
