#!/usr/bin/env node
// Builds the local Neo4j launcher (tools/neo4j) once; run by `npm install`
// through the `prepare` script.
//
// - Skips quickly when the build is there and pom.xml, the Java sources and
//   the Java runtime are unchanged (hash in target/.prepare-stamp).
// - No Java 17+: warns and exits 0, because users with NEO4J_URI (or their own
//   Neo4j) do not need the launcher, and `npm install` must not fail for them.
// - Java present but the build fails: exits non-zero with Maven's error.
// - ACTORGRAPH_SKIP_NEO4J_PREPARE=1 skips everything.
//
// After the build it records a class-data-sharing archive from a short
// training run of the launcher (faster JVM start); that step is best effort.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const toolDir = join(root, 'tools', 'neo4j');
const target = join(toolDir, 'target');
const jar = join(target, 'actorgraph-neo4j.jar');
const libDir = join(target, 'lib');
const cdsArchive = join(target, 'actorgraph-neo4j.jsa');
const stampFile = join(target, '.prepare-stamp');
// What a first build fetches into ~/.m2 (Neo4j and its libraries plus Maven
// plugins), measured with an empty ~/.m2; Maven itself adds ~9 MB if not installed.
const DOWNLOAD_MB = 170;

const say = (msg) => console.log(`actorgraph: ${msg}`);
const warn = (msg) => console.warn(`actorgraph: warning: ${msg}`);

if (process.env.ACTORGRAPH_SKIP_NEO4J_PREPARE === '1') {
  say('skipping the local Neo4j build (ACTORGRAPH_SKIP_NEO4J_PREPARE=1)');
  process.exit(0);
}

const javaHome = process.env.JAVA_HOME?.trim() || undefined;
const javaBin = javaHome ? join(javaHome, 'bin', 'java') : 'java';

/** `java -version` text and major version, or undefined when Java is not runnable. */
function probeJava() {
  const r = spawnSync(javaBin, ['-version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return undefined;
  const text = `${r.stderr}${r.stdout}`;
  const m = /version "(\d+)(?:\.(\d+))?/.exec(text);
  if (!m) return { text, major: 0 };
  // Java 8 and older report "1.8.0_x".
  const major = m[1] === '1' ? Number(m[2] ?? 0) : Number(m[1]);
  return { text, major };
}

const java = probeJava();
const notNeeded = 'Only needed for the local Neo4j; with NEO4J_URI set (your own Neo4j) you can ignore this.';
if (!java) {
  warn(
    `Java 17+ was not found (${javaHome ? `no runnable ${javaBin}; check JAVA_HOME` : 'no `java` on PATH'}), ` +
      `so the local Neo4j was not built. Install a JDK 17+ and run \`node scripts/prepare-neo4j.mjs\`. ${notNeeded}`,
  );
  process.exit(0);
}
if (java.major < 17) {
  warn(
    `Java 17+ is needed for the local Neo4j, but ${javaBin} is Java ${java.major || '(unknown version)'}; ` +
      `it was not built. Install a JDK 17+ (or point JAVA_HOME at one) and run \`node scripts/prepare-neo4j.mjs\`. ${notNeeded}`,
  );
  process.exit(0);
}

function listFiles(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

/** Hash of everything the build output depends on. */
function inputsHash() {
  const h = createHash('sha256');
  const files = [join(toolDir, 'pom.xml'), ...listFiles(join(toolDir, 'src'))].sort();
  for (const f of files) {
    h.update(relative(toolDir, f)).update('\0').update(readFileSync(f)).update('\0');
  }
  // The CDS archive is only valid for the exact JVM that wrote it.
  h.update(java.text);
  return h.digest('hex');
}

const hash = inputsHash();
const pomHash = createHash('sha256').update(readFileSync(join(toolDir, 'pom.xml'))).digest('hex');
/** The stamp of the last successful build: { inputs, pom } hashes. */
function readStamp() {
  try {
    return JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return {};
  }
}
const stamp = readStamp();
const built = existsSync(jar) && existsSync(libDir) && readdirSync(libDir).length > 0;
if (built && stamp.inputs === hash) {
  say('local Neo4j launcher is up to date');
  process.exit(0);
}

const neo4jVersion = /<neo4j\.version>([^<]+)</.exec(readFileSync(join(toolDir, 'pom.xml'), 'utf8'))?.[1];
const cached = neo4jVersion && existsSync(join(homedir(), '.m2', 'repository', 'org', 'neo4j', 'neo4j', neo4jVersion));
say(
  cached
    ? `preparing local Neo4j ${neo4jVersion}…`
    : `preparing local Neo4j (first run downloads ~${DOWNLOAD_MB} MB from Maven Central)…`,
);
const t0 = Date.now();
// After a pom change old jars would linger in lib/ (the manifest ignores them,
// but they waste space), so start lib/ afresh then; otherwise keep it, which
// also spares a launcher running from it. The archive would not match anyway.
if (stamp.pom !== pomHash) rmSync(libDir, { recursive: true, force: true });
rmSync(cdsArchive, { force: true });
rmSync(stampFile, { force: true });

function runMaven() {
  const args = ['-q', '-B', '-f', join(toolDir, 'pom.xml'), 'package'];
  if (process.platform === 'win32') {
    // mvnw is a POSIX shell script; on Windows a Maven on PATH is needed.
    return spawnSync('mvn.cmd', args, { stdio: 'inherit', shell: true });
  }
  return spawnSync('sh', [join(toolDir, 'mvnw'), ...args], {
    stdio: 'inherit',
    cwd: toolDir,
  });
}

const mvn = runMaven();
if (mvn.error || mvn.status !== 0) {
  console.error(
    `actorgraph: building the local Neo4j launcher failed (${mvn.error ? mvn.error.message : `Maven exited with ${mvn.status}`}); see the Maven output above. ` +
      `Fix it and run \`node scripts/prepare-neo4j.mjs\`, or set ACTORGRAPH_SKIP_NEO4J_PREPARE=1 and use NEO4J_URI.`,
  );
  process.exit(1);
}
if (!existsSync(jar)) {
  console.error(`actorgraph: Maven finished but ${relative(root, jar)} is missing`);
  process.exit(1);
}

/**
 * Starts the launcher once with -XX:ArchiveClassesAtExit on a throwaway store;
 * it runs some Cypher and exits, and the JVM writes the archive. Saves about a
 * third of every later start. Failure only costs that speed-up.
 */
async function recordCdsArchive() {
  const dataDir = mkdtempSync(join(tmpdir(), 'actorgraph-neo4j-cds-'));
  try {
    const port = await freePort();
    const child = spawn(
      javaBin,
      [
        '-Xms64m',
        '-Xmx512m',
        '-XX:+UseSerialGC',
        `-XX:ArchiveClassesAtExit=${cdsArchive}`,
        // Signed jars (eclipse-collections) cannot be archived; the JVM says so per class.
        '-Xlog:disable',
        '-Xlog:all=error:stderr',
        '-jar',
        jar,
        '--port',
        String(port),
        '--data',
        dataDir,
        '--training-run',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    const code = await new Promise((resolve) => {
      child.once('error', () => resolve(-1));
      child.once('exit', (c) => resolve(c ?? -1));
    });
    clearTimeout(timer);
    if (code !== 0 || !existsSync(cdsArchive) || statSync(cdsArchive).size === 0) {
      rmSync(cdsArchive, { force: true });
      warn(`could not record the JVM class-data archive (start-up will be a bit slower): ${stderr.trim().split('\n').at(-1) ?? `exit ${code}`}`);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function freePort() {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

say('recording a JVM class-data archive for faster starts…');
await recordCdsArchive();
writeFileSync(stampFile, `${JSON.stringify({ inputs: hash, pom: pomHash })}\n`);
say(`local Neo4j launcher built in ${Math.round((Date.now() - t0) / 1000)}s (${relative(root, target)})`);
