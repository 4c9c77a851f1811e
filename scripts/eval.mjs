#!/usr/bin/env node
// Extraction quality against the gold sets in ../shared/eval (present in the
// team's checkouts and CI, not in a user's clone). Usage:
//   npm run eval [-- --set dev] [-- --verbose]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = process.env.ACTORGRAPH_EVAL_DIR ?? join(root, '..', 'shared', 'eval');
const args = process.argv.slice(2);
const setArg = args.indexOf('--set');
const only = setArg >= 0 ? args[setArg + 1] : undefined;
const passThrough = args.filter((a, i) => a !== '--set' && args[i - 1] !== '--set');

if (!existsSync(join(evalDir, 'score.mjs'))) {
  console.error(`eval: no scorer at ${evalDir}/score.mjs. The gold sets live beside the team's checkout (../shared/eval); set ACTORGRAPH_EVAL_DIR to use another folder.`);
  process.exit(2);
}
const sets = readdirSync(evalDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && (!only || d.name === only))
  .map((d) => d.name);
let status = 0;
for (const set of sets) {
  const gold = join(evalDir, set);
  const inputs = readdirSync(gold).filter((f) => f.endsWith('.gold.json')).map((f) => join(gold, f));
  if (inputs.length === 0) continue;
  const pred = mkdtempSync(join(tmpdir(), 'actorgraph-eval-'));
  try {
    execFileSync(process.execPath, [join(root, 'bin', 'actorgraph.js'), 'extract', '--out', pred, ...inputs], { stdio: ['ignore', 'ignore', 'inherit'] });
    console.log(`== ${set} (${inputs.length} documents)`);
    execFileSync(process.execPath, [join(evalDir, 'score.mjs'), gold, pred, ...passThrough], { stdio: 'inherit' });
  } catch (err) {
    status = 1;
    console.error(`eval: ${set} failed: ${err.message}`);
  } finally {
    rmSync(pred, { recursive: true, force: true });
  }
}
process.exit(status);
