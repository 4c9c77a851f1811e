import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';

/**
 * The code map in the README, checked: each part of `src/` may import only the
 * parts below it, so the arrows run one way
 * (cli → api, pipeline, export → extract, graph, neo4j-local → model).
 * The environment is read once, by the CLI (src/config.ts's loadConfig), and
 * the configuration passed down: other parts may use its types and built-in
 * defaults but never load it.
 */
const SRC = join(PACKAGE_ROOT, 'src');

const MAY_IMPORT: Record<string, readonly string[]> = {
  paths: [],
  model: ['paths'], // the lexicon reader finds ingest/lexicons
  config: ['model', 'paths'],
  extract: ['model', 'paths'],
  graph: ['model', 'paths'],
  'neo4j-local': ['model', 'paths'],
  export: ['graph', 'model', 'paths'],
  pipeline: ['extract', 'graph', 'model', 'paths', 'config'],
  api: ['pipeline', 'export', 'graph', 'model', 'paths', 'config'],
  cli: ['api', 'pipeline', 'export', 'extract', 'graph', 'neo4j-local', 'model', 'paths', 'config'],
};

interface Import {
  file: string;
  from: string;
  to: string;
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

/** The part a file belongs to: its first folder under src/, or its own name for a top-level file. */
function partOf(file: string): string {
  const [first, ...rest] = relative(SRC, file).split('/');
  return rest.length === 0 ? first!.replace(/\.[jt]s$/, '') : first!;
}

/** Relative imports, static (`import … from`, `export … from`) and dynamic (`import('…')`). */
function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const found: Import[] = [];
  const add = (spec: string, typeOnly: boolean) => {
    if (!spec.startsWith('.')) return;
    found.push({ file: relative(PACKAGE_ROOT, file), from: partOf(file), to: partOf(resolve(dirname(file), spec)), typeOnly });
  };
  for (const m of text.matchAll(/^\s*(?:import|export)\s+(type\s+)?[^;'"]*?\bfrom\s+'([^']+)'/gm)) add(m[2]!, Boolean(m[1]));
  for (const m of text.matchAll(/^\s*import\s+'([^']+)'/gm)) add(m[1]!, false);
  for (const m of text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)) add(m[1]!, false);
  return found;
}

function allowed(imp: Import): boolean {
  if (imp.from === imp.to) return true;
  const rules = MAY_IMPORT[imp.from] ?? [];
  return rules.includes(imp.to) || (imp.typeOnly && rules.includes(`${imp.to}:type`));
}

describe('import directions', () => {
  const files = sourceFiles(SRC);
  const imports = files.flatMap(importsOf);

  it('knows every part of src/', () => {
    const parts = [...new Set(files.map(partOf))].sort();
    expect(parts.filter((p) => !(p in MAY_IMPORT))).toEqual([]);
  });

  it('finds the imports it checks (the scanner itself works)', () => {
    expect(imports.some((i) => i.from === 'pipeline' && i.to === 'extract')).toBe(true);
    expect(imports.some((i) => i.from === 'cli' && i.to === 'api')).toBe(true);
  });

  it('has no arrow the code map forbids', () => {
    const wrong = imports.filter((i) => !allowed(i)).map((i) => `${i.file}: ${i.from} → ${i.to}${i.typeOnly ? ' (type)' : ''}`);
    expect(wrong).toEqual([]);
  });

  it('reads the environment only in the configuration loader, called only by the CLI', () => {
    const readers = files
      .filter((f) => !f.endsWith('/config.ts'))
      .filter((f) => /process\.env\b/.test(readFileSync(f, 'utf8')) || /\bloadConfig\b/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(PACKAGE_ROOT, f));
    expect(readers).toEqual(['src/cli/main.ts']);
  });

  it('the rules themselves have no cycle', () => {
    const visiting = new Set<string>();
    const done = new Set<string>();
    const cycle = (p: string): boolean => {
      if (done.has(p)) return false;
      if (visiting.has(p)) return true;
      visiting.add(p);
      const hit = (MAY_IMPORT[p] ?? []).some((q) => cycle(q.replace(/:type$/, '')));
      visiting.delete(p);
      done.add(p);
      return hit;
    };
    expect(Object.keys(MAY_IMPORT).filter(cycle)).toEqual([]);
  });
});
