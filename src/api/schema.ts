import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { SCHEMA_FILE } from '../paths.js';
import { allResolvers } from './resolvers/index.js';

/** schema.graphql (the hand-written contract) with its resolvers; a resolver for a field the SDL lacks fails here. */
export function buildSchema(sdlFile: string = SCHEMA_FILE): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: readFileSync(sdlFile, 'utf8'),
    resolvers: allResolvers(),
    resolverValidationOptions: { requireResolversToMatchSchema: 'error', requireResolversForResolveType: 'error' },
  });
}
