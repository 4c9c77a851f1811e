/**
 * Writes src/api/schema-types.generated.ts: the TypeScript types of every
 * resolver, argument and result in schema.graphql (graphql-codegen's
 * typescript and typescript-resolvers plugins), with the graph layer's records
 * as the values resolvers receive (`mappers`). The schema stays the one source
 * of names, arguments and their defaults; a resolver that disagrees with it
 * fails the type check. test/api/schema-types.test.ts fails when the file is
 * not what this script would write now.
 *
 *   node --import tsx scripts/generate-api-types.ts   (npm run generate:api-types)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { codegen } from '@graphql-codegen/core';
import * as typescriptPlugin from '@graphql-codegen/typescript';
import * as resolversPlugin from '@graphql-codegen/typescript-resolvers';
import { parse } from 'graphql';
import { PACKAGE_ROOT, SCHEMA_FILE } from '../src/paths.js';

export const API_TYPES_FILE = join(PACKAGE_ROOT, 'src', 'api', 'schema-types.generated.ts');

/** What each GraphQL type's resolvers receive as their parent: the graph layer's record, not the GraphQL shape. */
const MAPPERS: Record<string, string> = {
  Entity: '../graph/queries/read.js#EntityRecord',
  Actor: '../graph/queries/read.js#EntityRecord',
  Place: '../graph/queries/read.js#EntityRecord',
  Event: '../graph/queries/read.js#EventRecord',
  Document: '../graph/queries/read.js#DocumentRecord',
  Evidence: '../graph/queries/read.js#EvidenceRecord',
  Sentence: '../graph/queries/read.js#SentenceRecord',
  Relation: '../graph/queries/entities.js#RelationRecord',
  TimelineEntry: '../graph/queries/entities.js#TimelineRecord',
  CoMention: '../graph/queries/entities.js#CoMentionRecord',
  Participant: '../graph/queries/events.js#ParticipantRecord',
  DocumentEntity: '../graph/queries/documents.js#DocumentEntityRecord',
  Path: '../graph/queries/connection.js#PathRecord',
  PathStep: '../graph/queries/connection.js#PathStepRecord',
  Curation: '../graph/curation/index.js#CurationRecord',
};

/** The generated module's text. */
export async function apiTypesModule(): Promise<string> {
  // The SDL as a document, not a built schema: codegen builds its own with the graphql it loads (its CJS build),
  // which keeps this usable from vitest, where our imports get the ESM build.
  const body = await codegen({
    filename: API_TYPES_FILE,
    schema: parse(readFileSync(SCHEMA_FILE, 'utf8')),
    documents: [],
    config: {
      contextType: './context.js#ApiContext',
      mappers: MAPPERS,
      scalars: { PartialDate: 'string' },
      enumsAsTypes: true,
      useTypeImports: true,
      // Resolvers may return a record, a promise of one, or (for lists) a mix: what DataLoader gives.
      resolverTypeWrapperSignature: 'Promise<T> | T',
    },
    plugins: [{ typescript: {} }, { typescriptResolvers: {} }],
    pluginMap: { typescript: typescriptPlugin, typescriptResolvers: resolversPlugin },
  });
  return '// Generated from schema.graphql by scripts/generate-api-types.ts (npm run generate:api-types): do not edit.\n' + body;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(API_TYPES_FILE, await apiTypesModule());
  console.log(`wrote ${API_TYPES_FILE}`);
}
