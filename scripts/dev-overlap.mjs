#!/usr/bin/env node
// Finds sentences in our own files that echo the development documents: every
// run of N words (default 6) that a file shares with a gold text in
// ../shared/eval/{dev,dev-wiki}. Test sentences and comments are written here;
// a long shared run means one was copied or paraphrased too closely. Short
// stock phrases ("he is a member of the") also show: read, then judge.
//   npm run check:overlap [-- --words 7] [-- paths...]   (default: src test ingest/lexicons bench)
// Needs ../shared (team checkouts and CI), never run by `npm test`.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const GOLD_SETS = ['dev', 'dev-wiki'].map((set) => join('..', 'shared', 'eval', set));
const TEXT_FILE = /\.(ts|mjs|js|json|tsv|txt|md|cypher)$/;
// Built by scripts/build-gazetteer.mjs from geography packages: official place
// names ("... of the People's Republic of China") are facts, not our sentences.
const GENERATED = new Set([join('ingest', 'lexicons', 'places', 'gazetteer.tsv')]);

const args = process.argv.slice(2);
const wordsArg = args.indexOf('--words');
const runLength = wordsArg >= 0 ? Number(args[wordsArg + 1]) : 6;
const roots = args.filter((arg, i) => !arg.startsWith('--') && (wordsArg < 0 || i !== wordsArg + 1));
if (!Number.isInteger(runLength) || runLength < 3) {
  console.error('check:overlap: --words takes a whole number of at least 3');
  process.exit(2);
}

const wordsOf = (text) => text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];

/** Every run of `runLength` words in the gold texts, with one document that has it. */
function goldRuns() {
  const runs = new Map();
  for (const dir of GOLD_SETS) {
    if (!existsSync(dir)) {
      console.error(`check:overlap: ${dir} not found (the gold sets live beside the checkout, in ../shared)`);
      process.exit(2);
    }
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.gold.json'))) {
      const words = wordsOf(JSON.parse(readFileSync(join(dir, name), 'utf8')).text ?? '');
      for (let i = 0; i + runLength <= words.length; i++) runs.set(words.slice(i, i + runLength).join(' '), join(dir, name));
    }
  }
  return runs;
}

function* filesUnder(path) {
  if (!existsSync(path)) return;
  if (statSync(path).isFile()) { yield path; return; }
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    yield* filesUnder(join(path, entry));
  }
}

const runs = goldRuns();
let findings = 0;
for (const root of roots.length ? roots : ['src', 'test', 'ingest/lexicons', 'bench']) {
  for (const file of filesUnder(root)) {
    if (!TEXT_FILE.test(file) || GENERATED.has(file)) continue;
    readFileSync(file, 'utf8').split('\n').forEach((line, index) => {
      const words = wordsOf(line);
      const shared = new Set();
      for (let i = 0; i + runLength <= words.length; i++) {
        const run = words.slice(i, i + runLength).join(' ');
        if (runs.has(run)) shared.add(`"${run}" (${runs.get(run)})`);
      }
      if (shared.size === 0) return;
      findings++;
      console.log(`${file}:${index + 1}: ${line.trim().slice(0, 140)}\n  ${[...shared].join('\n  ')}`);
    });
  }
}
console.error(`check:overlap: ${findings} line(s) share a run of ${runLength} words with a gold text`);
process.exit(findings ? 1 : 0);
