import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEXICON_DIR, PACKAGE_ROOT } from '../paths.js';

/** Bump when rule code changes in a way that changes output. */
export const RULES_REVISION = 3;

let cached: string | undefined;

/**
 * `<package version>+<rules revision>.<hash of lexicon files>`: changes whenever
 * rules or lexicons change, so stored facts can say which extractor made them.
 */
export function extractorVersion(): string {
  if (cached) return cached;
  const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
  const hash = createHash('sha256');
  for (const file of listFiles(LEXICON_DIR)) {
    hash.update(file.slice(LEXICON_DIR.length));
    hash.update(readFileSync(file));
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
