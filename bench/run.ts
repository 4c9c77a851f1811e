// `npm run bench [-- NAME...]`: runs the benchmarks (all but `scale` when none is named) and prints Markdown tables;
// results are also written to .artifacts/bench/<name>.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/paths.js';

const BENCHES: Record<string, () => Promise<{ run: () => Promise<string> }>> = {
  extract: () => import('./extract.bench.js'),
  ingest: () => import('./ingest.bench.js'),
  api: () => import('./api.bench.js'),
  abuse: () => import('./abuse.bench.js'),
  scale: () => import('./scale.bench.js'),
};

/** Run only when named: the scale benchmark ingests up to 100,000 documents (hours on a small machine). */
const ON_REQUEST = new Set(['scale']);

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const names = wanted.length > 0 ? wanted : Object.keys(BENCHES).filter((n) => !ON_REQUEST.has(n));
const unknown = names.filter((n) => !BENCHES[n]);
if (unknown.length > 0) {
  console.error(`bench: unknown benchmark(s) ${unknown.join(', ')}; known: ${Object.keys(BENCHES).join(', ')}`);
  process.exit(2);
}
const dir = join(PACKAGE_ROOT, '.artifacts', 'bench');
mkdirSync(dir, { recursive: true });
for (const name of names) {
  console.log(`\n## ${name}\n`);
  const started = performance.now();
  const report = await (await BENCHES[name]!()).run();
  console.log(report);
  console.log(`\n(${name}: ${((performance.now() - started) / 1000).toFixed(0)} s)`);
  writeFileSync(join(dir, `${name}.md`), `${report}\n`);
}
