/**
 * Writes the explorer page's generated modules (web/explorer/*.generated.js and
 * their .d.ts): the page has no build step and cannot import the server's
 * TypeScript, so what it shares with the server is copied here, by a program,
 * from the one source. test/explorer/generated-modules.test.ts fails when a
 * file is not what this script would write now.
 *
 *   node --import tsx scripts/generate-explorer-modules.ts   (npm run generate:explorer)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { ACTOR_TYPES, ENTITY_TYPES, PREDICATES, SYMMETRIC_PREDICATES } from '../src/model/ontology.js';
import { PACKAGE_ROOT } from '../src/paths.js';

const OUT_DIR = join(PACKAGE_ROOT, 'web', 'explorer');
const XML_SOURCE = join(PACKAGE_ROOT, 'src', 'export', 'xml.ts');

const header = (source: string) =>
  `// Generated from ${source} by scripts/generate-explorer-modules.ts (npm run generate:explorer): do not edit.\n`;

const list = (values: readonly string[]) => `[${values.map((v) => JSON.stringify(v)).join(', ')}]`;
const union = (values: readonly string[]) => values.map((v) => JSON.stringify(v)).join(' | ');

/** The vocabulary the page draws and asks with: types of actors and entities, predicates, which predicates have no direction. */
function ontologyModule(): string {
  return (
    header('src/model/ontology.ts') +
    '\n' +
    '/** @typedef {' + union(ACTOR_TYPES) + '} ActorType */\n' +
    '/** @typedef {' + union(ENTITY_TYPES) + '} EntityType */\n' +
    '/** @typedef {' + union(PREDICATES) + '} Predicate */\n' +
    '\n' +
    `/** @type {readonly ActorType[]} */\nexport const ACTOR_TYPES = ${list(ACTOR_TYPES)};\n` +
    `/** @type {readonly EntityType[]} */\nexport const ENTITY_TYPES = ${list(ENTITY_TYPES)};\n` +
    `/** @type {readonly Predicate[]} */\nexport const PREDICATES = ${list(PREDICATES)};\n` +
    '/** Predicates whose direction carries no meaning. @type {ReadonlySet<string>} */\n' +
    `export const SYMMETRIC_PREDICATES = new Set(${list([...SYMMETRIC_PREDICATES])});\n`
  );
}

/** The server's XML text escaping (src/export/xml.ts), as JavaScript and its declarations. */
function xmlModules(): { js: string; dts: string } {
  const source = readFileSync(XML_SOURCE, 'utf8');
  const options: ts.CompilerOptions = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ES2022, removeComments: false };
  const js = ts.transpileModule(source, { compilerOptions: options, fileName: 'xml.ts' }).outputText;
  const dts = ts.transpileDeclaration(source, { compilerOptions: options, fileName: 'xml.ts' }).outputText;
  return { js: header('src/export/xml.ts') + js, dts: header('src/export/xml.ts') + dts };
}

/** Every generated file, by its path inside web/explorer, with the text it must have. */
export function explorerModules(): Map<string, string> {
  const xml = xmlModules();
  return new Map([
    ['ontology.generated.js', ontologyModule()],
    ['xml.generated.js', xml.js],
    ['xml.generated.d.ts', xml.dts],
  ]);
}

export const EXPLORER_MODULES_DIR = OUT_DIR;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const [name, text] of explorerModules()) {
    writeFileSync(join(OUT_DIR, name), text);
    console.log(`wrote web/explorer/${name}`);
  }
}
