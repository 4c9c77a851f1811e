import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LEXICON_DIR, PACKAGE_ROOT } from '../paths.js';

/** The extractor's own code (src/extract or dist/extract) and its learned weights. */
const CODE_DIR = dirname(fileURLToPath(import.meta.url));
const MODEL_DIR = join(PACKAGE_ROOT, 'ingest', 'models');

/** Bump when rule code changes in a way that changes output. */
export const RULES_REVISION = 4;

let cached: string | undefined;

/**
 * `<package version>+<rules revision>.<hash>`: the hash covers the lexicons,
 * the learned weights and the extractor's code, so it changes whenever any of
 * them does (a forgotten revision bump cannot hide a change), and stored facts
 * say which extractor made them.
 */
export function extractorVersion(): string {
  if (cached) return cached;
  const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
  const hash = createHash('sha256');
  for (const dir of [LEXICON_DIR, MODEL_DIR, CODE_DIR]) {
    for (const file of listFiles(dir)) {
      if (file.endsWith('.map') || file.endsWith('.d.ts')) continue;
      hash.update(file.slice(dir.length));
      hash.update(readFileSync(file));
    }
  }
  cached = `${pkg.version}+r${RULES_REVISION}.${hash.digest('hex').slice(0, 10)}`;
  return cached;
}

function listFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}
