import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { CYPHER_DIR } from '../paths.js';
import { GraphError } from './errors.js';

/** A Cypher statement loaded from `cypher/<name>.cypher`. The only kind of query the graph door runs. */
export interface CypherQuery {
  readonly name: string;
  readonly text: string;
}

/**
 * Loads the named statements at once and fails listing every missing file,
 * so a typo or a deleted file stops the program at startup, not at first use.
 */
export function loadQueries<const T extends Record<string, string>>(names: T, dir: string = CYPHER_DIR): { [K in keyof T]: CypherQuery } {
  const out = {} as { [K in keyof T]: CypherQuery };
  const missing: string[] = [];
  for (const [key, name] of Object.entries(names) as Array<[keyof T, string]>) {
    try {
      const text = stripComments(readFileSync(join(dir, `${name}.cypher`), 'utf8'));
      if (text === '') throw new Error('empty');
      out[key] = Object.freeze({ name, text });
    } catch {
      missing.push(`${name}.cypher`);
    }
  }
  if (missing.length > 0) {
    throw new GraphError('CYPHER_FILE', `missing or empty Cypher file(s) in ${dir}: ${missing.join(', ')}`);
  }
  return out;
}

/** Every .cypher file below `dir`, as names relative to it ("schema/001-constraints"). */
export function listCypherFiles(dir: string = CYPHER_DIR): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.cypher') ? [join(d, e.name)] : []));
  return walk(dir).map((f) => relative(dir, f).split(sep).join('/').replace(/\.cypher$/, ''));
}

export function readCypherFile(name: string, dir: string = CYPHER_DIR): string {
  return stripComments(readFileSync(join(dir, `${name}.cypher`), 'utf8'));
}

/** Splits a file of several statements (schema files) at semicolons that end a line. */
export function splitStatements(text: string): string[] {
  return text
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .trim();
}
