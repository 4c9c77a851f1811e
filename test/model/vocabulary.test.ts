import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ACTOR_TYPES, ENTITY_TYPES, EVENT_TYPES, PREDICATES, ROLES } from '../../src/model/ontology.js';
import { PACKAGE_ROOT } from '../../src/paths.js';

/**
 * The ontology (src/model/ontology.ts) is the one home of the vocabulary; the
 * GraphQL schema and the Cypher statements, which cannot import it, are checked
 * against it here, so a predicate or type added in one place and not the others fails.
 */
const schema = buildSchema(readFileSync(join(PACKAGE_ROOT, 'schema.graphql'), 'utf8'));

function enumValues(name: string): string[] {
  const type = schema.getType(name);
  if (!(type instanceof GraphQLEnumType)) throw new Error(`schema.graphql has no enum ${name}`);
  return type.getValues().map((v) => v.name);
}

function cypherFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? cypherFiles(join(dir, d.name)) : d.name.endsWith('.cypher') ? [join(dir, d.name)] : [],
  );
}

describe('one vocabulary', () => {
  it.each([
    ['ActorType', ACTOR_TYPES],
    ['EntityType', ENTITY_TYPES],
    ['Predicate', PREDICATES],
    ['EventType', EVENT_TYPES],
    ['Role', ROLES],
  ] as const)('the schema enum %s lists the ontology values in the ontology order', (name, values) => {
    expect(enumValues(name)).toEqual([...values]);
  });

  it('every Cypher pattern that names relation types by alternation names all predicates', () => {
    const predicates = new Set<string>(PREDICATES);
    const incomplete: string[] = [];
    let checked = 0;
    for (const file of cypherFiles(join(PACKAGE_ROOT, 'cypher'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\[\s*\w*\s*:\s*([A-Z_]+(?:\s*\|\s*:?[A-Z_]+)+)/g)) {
        const types = m[1]!.split('|').map((t) => t.replace(':', '').trim());
        if (!types.some((t) => predicates.has(t))) continue;
        checked++;
        const missing = PREDICATES.filter((p) => !types.includes(p));
        if (missing.length > 0) incomplete.push(`${relative(PACKAGE_ROOT, file)}: missing ${missing.join(', ')}`);
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(incomplete).toEqual([]);
  });
});
