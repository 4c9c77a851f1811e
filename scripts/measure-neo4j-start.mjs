#!/usr/bin/env node
// Measures the local Neo4j launcher: cold start to the NEO4J_READY line (fresh
// empty data dir each run), resident memory after ready and after a small
// write load. Needs the launcher built (node scripts/prepare-neo4j.mjs).
//
//   node scripts/measure-neo4j-start.mjs [--runs 5] [--jvm "-Xmx512m ..."] [--no-load] [--batches 20]
//
// By default it uses the same JVM flags as src/neo4j-local/index.ts (read from
// dist/ when built, else a copy of them); --jvm replaces them, to compare flag sets.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const jar = join(root, 'tools', 'neo4j', 'target', 'actorgraph-neo4j.jar');

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const runs = Number(opt('--runs', '5'));
const doLoad = !args.includes('--no-load');
const batches = Number(opt('--batches', '20'));

async function defaultFlags() {
  // Keep one source of truth for the flags when the TS is compiled.
  const built = join(root, 'dist', 'neo4j-local', 'launcher.js');
  if (existsSync(built)) {
    const mod = await import(built);
    if (typeof mod.launcherJvmArgs === 'function') return mod.launcherJvmArgs();
  }
  const flags = ['-Xms64m', '-Xmx512m', '-XX:+UseSerialGC', '-XX:+ExitOnOutOfMemoryError', '-Xlog:disable', '-Xlog:all=warning:stderr'];
  const jsa = join(root, 'tools', 'neo4j', 'target', 'actorgraph-neo4j.jsa');
  if (existsSync(jsa)) flags.push(`-XX:SharedArchiveFile=${jsa}`);
  return flags;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const rssKb = (pid) => {
  const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : NaN;
};

async function writeLoad(uri) {
  const { default: neo4j } = await import('neo4j-driver');
  const driver = neo4j.driver(uri, undefined, { logging: undefined });
  try {
    const session = driver.session();
    // By default ~2,000 actors, events and relationships in 20 batches: "a small ingest".
    for (let b = 0; b < batches; b++) {
      await session.run(
        `UNWIND range(1, 100) AS i
         MERGE (a:Actor {name: 'actor-' + ($b * 100 + i)})
         CREATE (e:Event {id: $b * 100 + i, text: 'event text ' + i})
         CREATE (a)-[:PARTICIPATED_IN {role: 'subject'}]->(e)`,
        { b },
      );
    }
    const r = await session.run('MATCH (a:Actor)-[:PARTICIPATED_IN]->(e) RETURN count(*) AS c');
    await session.close();
    return r.records[0].get('c').toNumber();
  } finally {
    await driver.close();
  }
}

async function oneRun(flags) {
  const dataDir = mkdtempSync(join(tmpdir(), 'actorgraph-neo4j-measure-'));
  const port = await freePort();
  const t0 = process.hrtime.bigint();
  const child = spawn('java', [...flags, '-jar', jar, '--port', String(port), '--data', dataDir, '--watch-stdin'], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise((resolve) => child.once('exit', (code, sig) => resolve({ code, sig })));
  const ready = await new Promise((resolve, reject) => {
    let buf = '';
    child.stdout.on('data', (d) => {
      buf += d;
      if (buf.includes('NEO4J_READY')) resolve(Number(process.hrtime.bigint() - t0) / 1e6);
    });
    exited.then(({ code }) => reject(new Error(`launcher exited ${code}: ${stderr.trim()}`)));
  });
  const rssReady = rssKb(child.pid);
  let rssLoaded = NaN;
  let loadMs = NaN;
  if (doLoad) {
    const l0 = Date.now();
    const n = await writeLoad(`bolt://127.0.0.1:${port}`);
    loadMs = Date.now() - l0;
    if (n !== batches * 100) throw new Error(`write load: expected ${batches * 100} rows, got ${n}`);
    rssLoaded = rssKb(child.pid);
  }
  child.stdin.end(); // --watch-stdin: EOF means shut down
  await exited;
  rmSync(dataDir, { recursive: true, force: true });
  return { readyMs: ready, rssReadyMb: rssReady / 1024, rssLoadedMb: rssLoaded / 1024, loadMs };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

if (!existsSync(jar)) {
  console.error(`launcher not built (${jar}); run node scripts/prepare-neo4j.mjs`);
  process.exit(1);
}
const jvmOpt = opt('--jvm', undefined);
const flags = jvmOpt !== undefined ? jvmOpt.split(/\s+/).filter(Boolean) : await defaultFlags();
console.log(`JVM flags: ${flags.join(' ') || '(none)'}`);
const results = [];
for (let i = 0; i < runs; i++) {
  const r = await oneRun(flags);
  results.push(r);
  console.log(
    `run ${i + 1}: ready ${r.readyMs.toFixed(0)} ms, RSS ready ${r.rssReadyMb.toFixed(0)} MB` +
      (doLoad ? `, after load ${r.rssLoadedMb.toFixed(0)} MB (load ${r.loadMs} ms)` : ''),
  );
}
const med = (k) => median(results.map((r) => r[k]));
console.log(
  `median over ${runs}: ready ${med('readyMs').toFixed(0)} ms, RSS ready ${med('rssReadyMb').toFixed(0)} MB` +
    (doLoad ? `, RSS after load ${med('rssLoadedMb').toFixed(0)} MB` : ''),
);
