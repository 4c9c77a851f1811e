// What one abusive client does to everyone else (issue 11): the real HTTP
// server, in its own process (so its heap is its own), on a real Neo4j holding
// the sample corpus. A normal client (explorer-like reads, a few in flight)
// runs throughout; its p50/p99 are measured alone, then during each abuse:
// the query flood of item 1, the alias and huge-`q` requests of item 2, and
// large `ingestDocument`s (item 4). Reported: the server's heap maximum per
// phase (target < 1 GB), the normal client's p99 against the quiet one (target
// within 3x), /health's worst latency, and that every abusive request got a
// GraphQL or HTTP error and the server did not crash. Loopback only; every
// phase is bounded in time and in requests.
import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config.js';
import { createHttpServer } from '../src/api/http.js';
import { createApi } from '../src/api/server.js';
import { Graph } from '../src/graph/client.js';
import { findFreePort, startLocalNeo4j } from '../src/neo4j-local/index.js';
import { migrate } from '../src/graph/migrations.js';
import { SAMPLES_DIR } from '../src/paths.js';
import { ingestPaths } from '../src/pipeline/ingest.js';
import { median, quantile, table } from './stats.js';

const PHASE_SECONDS = Number(process.env.BENCH_ABUSE_SECONDS ?? 8);
const NORMAL_CLIENTS = Number(process.env.BENCH_ABUSE_CLIENTS ?? 4);
/** The server's extraction budget in this bench, so a large document is stopped within the phase. */
const EXTRACT_TIMEOUT_MS = 5_000;
const HEAP_TARGET = 1024 ** 3;
const P99_TARGET = 3;

// ---------------------------------------------------------------- server side

interface ServerMessage {
  port?: number;
  heapMax?: number;
  rssMax?: number;
}

/** Child mode: serve, sample the heap every 20 ms, report and reset its maximum when asked. */
async function serveForBench(): Promise<void> {
  const config = loadConfig();
  const graph = await Graph.connect({ uri: config.neo4j.uri!, user: config.neo4j.user, password: config.neo4j.password, app: 'bench-abuse-server' });
  const api = createApi({ graph, log: () => undefined, queryTimeoutMs: config.server.queryTimeoutMs });
  const server = createHttpServer({ graph, graphql: (req, res) => void api(req, res) });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  let heapMax = 0;
  let rssMax = 0;
  const sample = () => {
    const m = process.memoryUsage();
    heapMax = Math.max(heapMax, m.heapUsed);
    rssMax = Math.max(rssMax, m.rss);
  };
  setInterval(sample, 20).unref();
  process.on('message', (m: string) => {
    if (m === 'report') {
      sample();
      process.send!({ heapMax, rssMax } satisfies ServerMessage);
      heapMax = 0;
      rssMax = 0;
    } else if (m === 'stop') {
      server.close();
      server.closeAllConnections();
      void graph.close().then(() => process.exit(0));
    }
  });
  process.send!({ port: (server.address() as AddressInfo).port } satisfies ServerMessage);
}

if (process.env.ACTORGRAPH_ABUSE_BENCH_SERVER === '1') void serveForBench();

// ---------------------------------------------------------------- client side

const NORMAL_QUERIES = [
  { query: 'query($s: String!) { actors(search: $s, first: 10) { totalCount edges { score node { id name type } } } }', variables: { s: 'bachelet' } },
  {
    query: 'query($id: ID!) { actor(id: $id) { name relations(first: 10) { predicate other { name } evidence(first: 1) { sentence { text } } } events(first: 5) { type date } } }',
    variables: { id: 'person:michelle bachelet' },
  },
  { query: '{ events(first: 20) { totalCount nodes { id type date place { name } participants { role entity { name } } } } }', variables: {} },
  { query: 'query($id: ID!) { neighborhood(actor: $id, depth: 1, limit: 50) { nodes { id } edges { id } } }', variables: { id: 'person:evelyn matthei' } },
].map((q) => JSON.stringify(q));

interface Outcome {
  status: number;
  graphqlError: boolean;
  ok: boolean;
  networkError?: string;
}

async function send(base: string, body: string, contentType = 'application/json'): Promise<Outcome> {
  try {
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': contentType, accept: 'application/json' }, body });
    const text = await res.text();
    let errors = false;
    let data = false;
    try {
      const json = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
      errors = (json.errors?.length ?? 0) > 0;
      data = json.data != null;
    } catch {
      // not JSON: an HTTP-level answer
    }
    return { status: res.status, graphqlError: errors, ok: res.ok && data && !errors };
  } catch (err) {
    return { status: 0, graphqlError: false, ok: false, networkError: (err as Error).message };
  }
}

/** The normal client: `clients` closed loops over the explorer-like reads until `stop`; latencies in ms. */
function normalLoad(base: string, clients: number): { stop: () => Promise<{ latencies: number[]; failures: number }> } {
  let running = true;
  const latencies: number[] = [];
  let failures = 0;
  const loops = Array.from({ length: clients }, async (_, c) => {
    for (let i = c; running; i++) {
      const started = performance.now();
      const out = await send(base, NORMAL_QUERIES[i % NORMAL_QUERIES.length]!);
      latencies.push(performance.now() - started);
      if (!out.ok) failures++;
    }
  });
  return {
    async stop() {
      running = false;
      await Promise.all(loops);
      return { latencies, failures };
    },
  };
}

/** /health polled every 100 ms: its worst latency. */
function healthProbe(base: string): { stop: () => Promise<number> } {
  let running = true;
  let worst = 0;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      await fetch(`${base}/health`).then((r) => r.text(), () => undefined);
      worst = Math.max(worst, performance.now() - started);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return worst;
    },
  };
}

interface Abuse {
  name: string;
  /** How many abusive requests at once, and at most how many in all. */
  inFlight: number;
  max: number;
  /** Makes the i-th abusive request. */
  request: (base: string, i: number) => Promise<Outcome>;
  /** Whether an answer counts as refused (errors). */
  refused: (o: Outcome) => boolean;
  /** A request that may also succeed (an ingest that finishes within its budget is not abuse). */
  mayFinish?: boolean;
}

const aliasQuery = (n: number, field: string) => {
  const parts: string[] = ['{'];
  for (let i = 0; i < n; i++) parts.push(`a${i}: ${field}`);
  parts.push('}');
  return parts.join(' ');
};

/** About `bytes` of news-like prose, written here, varied by `seed`. */
function article(bytes: number, seed: number): string {
  const names = ['Aldora Venn', 'Casimir Oduya', 'Maren Holtz', 'Teodor Brisk', 'Ilse Marwick', 'Rafe Duquesne'];
  const towns = ['Tarsk', 'Velmont', 'Oskarby', 'Lunfield', 'Brackwater'];
  const parts: string[] = [];
  let size = 0;
  for (let i = seed; size < bytes; i++) {
    const a = names[i % names.length]!;
    const b = names[(i * 5 + 1) % names.length]!;
    const town = towns[i % towns.length]!;
    const s = `${a}, the leader of the ${town} Workers Union, met ${b} in ${town} on ${1 + (i % 28)} March ${2000 + (i % 20)} and called a strike over wages. Police arrested ${b} after protesters marched through ${town}, the union said on Tuesday.`;
    parts.push(s);
    size += s.length + 1;
  }
  return parts.join(' ');
}

const isError = (o: Outcome) => o.graphqlError || (o.status >= 400 && o.status < 600) || o.networkError !== undefined;

/**
 * A JSON body per request, made by concatenation around text encoded once, so
 * the client spends no CPU on it while the normal client is measured. Each
 * request differs (a leading comment or number) so no cache answers it.
 */
function bodies(query: string, q?: string): (i: number) => string {
  const enc = (x: string) => JSON.stringify(x).slice(1, -1);
  const encodedQuery = enc(query);
  if (q === undefined) return (i) => `{"query":"# ${i}\\n${encodedQuery}"}`;
  const encodedQ = enc(q);
  return (i) => `{"query":"${encodedQuery}","variables":{"q":"${i} ${encodedQ}"}}`;
}

function abuses(): Abuse[] {
  // 300,000 `__typename` aliases, about 7 MB, as in the issue.
  const flood7 = bodies(aliasQuery(300_000, '__typename'));
  const flood09 = bodies(aliasQuery(40_000, '__typename')); // ~0.9 MB: under the body limit, stopped by the token limit
  const stats = bodies(aliasQuery(5_000, 'stats { documents }'));
  const bigQ = 'strike '.repeat(130_000); // ~0.9 MB of `q`
  const searches = (n: number) => bodies(`query($q: String!) { ${Array.from({ length: n }, (_, k) => `a${k}: search(q: $q) { query }`).join(' ')} }`, bigQ);
  const search100 = searches(100);
  const search20 = searches(20);
  return [
    { name: '1. flood: 25 x 7 MB of __typename aliases', inFlight: 5, max: 25, request: (b, i) => send(b, flood7(i)), refused: isError },
    { name: '1. flood: 100 x 0.9 MB of __typename aliases', inFlight: 5, max: 100, request: (b, i) => send(b, flood09(i)), refused: isError },
    { name: '2. 5,000 aliases of stats { documents }', inFlight: 4, max: 200, request: (b, i) => send(b, stats(i)), refused: isError },
    { name: '2. 100 aliases of search, 0.9 MB q', inFlight: 4, max: 100, request: (b, i) => send(b, search100(i)), refused: isError },
    { name: '2. 20 aliases of search, 0.9 MB q', inFlight: 4, max: 100, request: (b, i) => send(b, search20(i)), refused: isError },
    {
      name: '4. ingestDocument of 90 KB',
      inFlight: 2,
      max: 20,
      request: (b, i) =>
        send(
          b,
          JSON.stringify({
            query: 'mutation($i: DocumentInput!) { ingestDocument(input: $i) { status } }',
            variables: { i: { id: `bench-abuse-${process.pid}-${i}`, text: article(90_000, i) } },
          }),
        ),
      // Refused (TIMEOUT) when extraction exceeds the budget; either way an answer, never a stall.
      refused: isError,
      mayFinish: true,
    },
  ];
}

async function runAbuse(base: string, abuse: Abuse, deadline: number): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: abuse.inFlight }, async () => {
      while (next < abuse.max && performance.now() < deadline) {
        const i = next++;
        outcomes.push(await abuse.request(base, i));
      }
    }),
  );
  return outcomes;
}

function askServer(child: ChildProcess): Promise<ServerMessage> {
  return new Promise((resolve) => {
    child.once('message', (m: ServerMessage) => resolve(m));
    child.send('report');
  });
}

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;
const ms = (x: number) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;

export async function run(): Promise<string> {
  const config = loadConfig();
  let uri = config.neo4j.uri;
  let stopNeo4j = async () => undefined as unknown;
  if (!uri) {
    const dataDir = mkdtempSync(join(tmpdir(), 'actorgraph-bench-abuse-'));
    const local = await startLocalNeo4j({ port: await findFreePort(), dataDir, pageCache: '256m', javaBin: config.neo4j.local.javaBin });
    uri = local.uri;
    stopNeo4j = async () => {
      await local.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const graph = await Graph.connect({ uri, user: config.neo4j.user, password: config.neo4j.password, app: 'bench-abuse' });
  let child: ChildProcess | undefined;
  try {
    await migrate(graph);
    await ingestPaths(graph, [SAMPLES_DIR]);
    child = fork(fileURLToPath(import.meta.url), [], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, NEO4J_URI: uri, ACTORGRAPH_ABUSE_BENCH_SERVER: '1', ACTORGRAPH_EXTRACT_TIMEOUT_MS: String(EXTRACT_TIMEOUT_MS) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const exited = new Promise<number | null>((r) => child!.once('exit', (code) => r(code)));
    let crashed = false;
    void exited.then(() => (crashed = true));
    const { port } = await new Promise<ServerMessage>((resolve, reject) => {
      child!.once('message', (m: ServerMessage) => resolve(m));
      child!.once('exit', (code) => reject(new Error(`abuse bench: the server exited with code ${code} before listening`)));
    });
    const base = `http://127.0.0.1:${port}`;

    // Warm-up (JIT, Neo4j's page cache and plans): the normal load for a few seconds, not reported.
    const warm = normalLoad(base, NORMAL_CLIENTS);
    await new Promise((r) => setTimeout(r, 3_000));
    await warm.stop();

    const rows: Array<Array<string | number>> = [];
    let baselineP99 = 0;
    const verdicts: string[] = [];
    for (const abuse of [null, ...abuses()]) {
      await askServer(child); // reset the heap maximum
      const load = normalLoad(base, NORMAL_CLIENTS);
      const health = healthProbe(base);
      const started = performance.now();
      const deadline = started + PHASE_SECONDS * 1000;
      const outcomes = abuse ? await runAbuse(base, abuse, deadline) : [];
      const remaining = deadline - performance.now();
      if (remaining > 0) await new Promise((r) => setTimeout(r, remaining));
      const { latencies, failures } = await load.stop();
      const healthWorst = await health.stop();
      const { heapMax = 0, rssMax = 0 } = crashed ? {} : await askServer(child);
      const p50 = median(latencies);
      const p99 = quantile(latencies, 0.99);
      if (!abuse) baselineP99 = p99;
      const refused = abuse ? outcomes.filter(abuse.refused).length : 0;
      const statuses = [...new Set(outcomes.map((o) => (o.networkError ? 'reset' : String(o.status))))].join('/');
      const ratio = baselineP99 > 0 ? p99 / baselineP99 : 1;
      rows.push([
        abuse?.name ?? 'no abuse',
        abuse ? `${outcomes.length} (${refused} refused, HTTP ${statuses || '-'})` : '-',
        mb(heapMax),
        mb(rssMax),
        latencies.length,
        ms(p50),
        ms(p99),
        abuse ? `${ratio.toFixed(2)}x` : '1x',
        ms(healthWorst),
        failures,
      ]);
      if (abuse) {
        const problems = [
          heapMax >= HEAP_TARGET ? `heap ${mb(heapMax)} ≥ 1 GB` : '',
          ratio > P99_TARGET ? `p99 ${ratio.toFixed(1)}x the quiet one` : '',
          refused < outcomes.length && !abuse.mayFinish ? `${outcomes.length - refused} abusive requests answered without an error` : '',
          crashed ? 'the server crashed' : '',
        ].filter(Boolean);
        verdicts.push(`- ${abuse.name}: ${problems.length === 0 ? 'within targets' : problems.join('; ')}`);
      }
      if (crashed) break;
    }
    child.send('stop');
    await exited;
    return [
      `Server: its own process (heap sampled every 20 ms), sample corpus, ${NORMAL_CLIENTS} normal clients in closed loops, ${PHASE_SECONDS} s per phase, extraction budget ${EXTRACT_TIMEOUT_MS} ms.`,
      '',
      table(['phase', 'abusive requests', 'server heap max', 'server RSS max', 'normal requests', 'normal p50', 'normal p99', 'p99 vs quiet', '/health worst', 'normal failures'], rows),
      '',
      `Targets: heap < 1 GB, normal p99 within ${P99_TARGET}x the quiet p99, every abusive request refused (an ingestDocument may also finish within its budget), no crash.`,
      ...verdicts,
    ].join('\n');
  } finally {
    if (child && child.exitCode === null) child.kill();
    await graph.close();
    await stopNeo4j();
  }
}
