import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package root. This file sits one level below it both as source (src/)
 * and compiled (dist/), so the same computation works in tests and in the CLI.
 */
export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CYPHER_DIR = join(PACKAGE_ROOT, 'cypher');
export const LEXICON_DIR = join(PACKAGE_ROOT, 'ingest', 'lexicons');
export const SAMPLES_DIR = join(PACKAGE_ROOT, 'ingest', 'samples');
export const SCHEMA_FILE = join(PACKAGE_ROOT, 'schema.graphql');
export const NEO4J_TOOL_DIR = join(PACKAGE_ROOT, 'tools', 'neo4j');
