// Resolve hook for bench/built-code.mjs: <root>/src/X.ts → <root>/dist/X.js.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SRC = new URL('../src/', import.meta.url).href;
const DIST = new URL('../dist/', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  if (!resolved.url.startsWith(SRC)) return resolved;
  const built = DIST + resolved.url.slice(SRC.length).replace(/\.ts$/, '.js');
  if (!existsSync(fileURLToPath(built))) {
    throw new Error(`bench: ${built} is missing; run \`npm run build\` first (npm run bench does)`);
  }
  return { ...resolved, url: built, format: 'module' };
}
