#!/usr/bin/env node
// Runs the README's GraphQL examples (scripts/api-examples.json) against a
// fresh local Neo4j holding only the sample corpus, and prints each query with
// its real output as Markdown; with --write-readme, replaces the README's
// examples section with it, so the README shows what the API answers today.
// Needs `npm run build`.
//
//   node scripts/api-examples.mjs [--write-readme]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => import(join(root, 'dist', p));
const { Graph } = await dist('graph/client.js');
const { findFreePort, startLocalNeo4j } = await dist('neo4j-local/index.js');
const { migrate } = await dist('graph/migrations.js');
const { ingestPaths } = await dist('pipeline/ingest.js');
const { createApi } = await dist('api/server.js');

/** JSON with short objects and arrays kept on one line, so outputs stay readable in a README. */
function compact(value, indent = '') {
  const flat = JSON.stringify(value);
  if (flat.length + indent.length <= 100 || value === null || typeof value !== 'object') return flat;
  const inner = indent + '  ';
  const items = Array.isArray(value)
    ? value.map((v) => inner + compact(v, inner))
    : Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${compact(v, inner)}`);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${items.join(',\n')}\n${indent}${close}`;
}

const examples = JSON.parse(readFileSync(join(root, 'scripts', 'api-examples.json'), 'utf8'));
const dataDir = mkdtempSync(join(tmpdir(), 'actorgraph-examples-'));
const local = await startLocalNeo4j({ port: await findFreePort(), dataDir, pageCache: '64m' });
const graph = await Graph.connect({ uri: local.uri, app: 'actorgraph-examples' });
try {
  await migrate(graph);
  await ingestPaths(graph, [join(root, 'ingest', 'samples')], {});
  const api = createApi({ graph, log: (l) => process.stderr.write(`${l}\n`) });
  const out = [];
  for (const ex of examples) {
    const res = await api.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: ex.query, variables: ex.variables ?? {} }),
    });
    const body = await res.json();
    if (body.errors) throw new Error(`${ex.title}: ${JSON.stringify(body.errors)}`);
    out.push(`**${ex.title}**\n\n\`\`\`graphql\n${ex.query.trim()}\n\`\`\`\n`);
    if (ex.variables) out.push(`variables: \`${JSON.stringify(ex.variables)}\`\n`);
    out.push(`\`\`\`json\n${compact(body.data)}\n\`\`\`\n`);
  }
  const markdown = out.join('\n');
  if (process.argv.includes('--write-readme')) {
    const readme = join(root, 'README.md');
    const text = readFileSync(readme, 'utf8');
    const start = '<!-- api-examples:start -->';
    const end = '<!-- api-examples:end -->';
    if (!text.includes(start) || !text.includes(end)) throw new Error(`README.md has no ${start} … ${end} section`);
    writeFileSync(readme, `${text.slice(0, text.indexOf(start) + start.length)}\n${markdown}\n${text.slice(text.indexOf(end))}`);
    process.stderr.write('README.md: examples section rewritten\n');
  } else {
    process.stdout.write(markdown);
  }
} finally {
  await graph.close();
  await local.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
