// GraphQL API under concurrent load: actor search, neighborhoods (depth 1 and
// 2) and connections, on a generated graph of BENCH_API_DOCS documents
// (default 10,000). The load comes from a second process (autocannon, see
// api-load.mjs) against the real HTTP server on 127.0.0.1. In the same run, two
// baselines: `/health` over the same HTTP stack (the floor of a request), and
// the same graph-layer calls the resolvers make, run directly with the same
// concurrency (what GraphQL and HTTP add on top of Neo4j). Then the peer:
// @neo4j/graphql serving the same graph, scenario by scenario (api-peer.ts).
// BENCH_API_PARTS=own or =peer runs one part.
import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import { createHttpServer } from '../src/api/http.js';
import { createApi } from '../src/api/server.js';
import { loadConfig } from '../src/config.js';
import { entitiesByIds, listEntities, relationEvidence } from '../src/graph/queries/entities.js';
import { eventsByIds, sharedEventEvidence } from '../src/graph/queries/events.js';
import { neighborhood } from '../src/graph/queries/neighborhood.js';
import { connectionPaths } from '../src/graph/queries/connection.js';
import { type Reader, readerOf } from '../src/graph/queries/read.js';
import { seededRandom } from '../src/extract/learned/softmax-regression.js';
import { type CorpusGraph, corpusGraph } from './api-corpus.js';
import { closedLoop, type LoadResult } from './api-driver-load.js';
import { type HttpLoad, httpLoad, post } from './http-load.js';
import { peerComparison } from './api-peer.js';
import { type Actor, allActors, body, CONNECTION, NEIGHBORHOOD, SEARCH_ACTORS, searchTexts } from './api-operations.js';
import { median, table } from './stats.js';

const DOCS = Number(process.env.BENCH_API_DOCS ?? 10_000);
const SEED = Number(process.env.BENCH_API_SEED ?? 11);
const SECONDS = Number(process.env.BENCH_API_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_API_CONNECTIONS ?? 16);
/** Rounds per scenario and side, alternated A-B-B-A; rows show medians. */
const ROUNDS = Number(process.env.BENCH_API_ROUNDS ?? 2);
/** Which parts run: `own` (our API under load, against the graph layer) and `peer` (against @neo4j/graphql). */
const PARTS = new Set((process.env.BENCH_API_PARTS ?? 'own,peer').split(',').map((p) => p.trim()));
const NEIGHBORHOOD_LIMIT = 50;
const MAX_HOPS = 4;
const PATHS = 5;
const SEARCH_FIRST = 12;

const HOPS = `query BenchHops($from: ID!, $to: ID!) { connection(from: $from, to: $to, maxHops: ${MAX_HOPS}, first: 1) { length } }`;

interface Scenario {
  name: string;
  /** One JSON body per input; requests rotate through them. */
  bodies: string[];
  /** The same input's graph-layer calls, without GraphQL and HTTP. */
  direct: (i: number) => Promise<unknown>;
}

/** Runs `work` over items with at most `n` in flight. */
async function eachLimited<T>(items: T[], n: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}


/** Most, median and least mentioned actors (n of each), most mentioned first. */
function tiers(actors: Actor[], n: number): Record<'high' | 'medium' | 'low', Actor[]> {
  const sorted = [...actors].sort((a, b) => b.mentionCount - a.mentionCount || a.id.localeCompare(b.id));
  const mid = Math.max(0, (sorted.length >> 1) - (n >> 1));
  return { high: sorted.slice(0, n), medium: sorted.slice(mid, mid + n), low: sorted.slice(-n) };
}

interface PairSample {
  /** Pairs by shortest path length (2, 3, 4), at most `perLength` of each. */
  byLength: Map<number, Array<[Actor, Actor]>>;
  /** Pairs with no path within MAX_HOPS: what a user asking about unrelated actors gets. */
  unconnected: Array<[Actor, Actor]>;
  /** How every tried pair turned out, by length ("none": no path within MAX_HOPS). */
  tried: Map<string, number>;
}

/** Seeded random actor pairs (half of them among the least mentioned quarter, where longer paths are likelier), sorted by shortest path. */
async function connectedPairs(base: string, actors: Actor[], perLength: number, attempts: number): Promise<PairSample> {
  const rand = seededRandom(SEED);
  const sorted = [...actors].sort((a, b) => a.mentionCount - b.mentionCount || a.id.localeCompare(b.id));
  const quiet = sorted.slice(0, Math.max(2, sorted.length >> 2));
  const sample: PairSample = { byLength: new Map([[2, []], [3, []], [4, []]]), unconnected: [], tried: new Map() };
  const candidates: Array<[Actor, Actor]> = [];
  while (candidates.length < attempts) {
    const pool = candidates.length % 2 === 0 ? actors : quiet;
    const a = pool[Math.floor(rand() * pool.length)]!;
    const b = pool[Math.floor(rand() * pool.length)]!;
    if (a.id !== b.id) candidates.push([a, b]);
  }
  await eachLimited(candidates, 4, async ([a, b]) => {
    const data = await post<{ connection: { length: number | null } }>(base, body(HOPS, { from: a.id, to: b.id }));
    const length = data.connection.length;
    const key = length === null ? 'none' : String(length);
    sample.tried.set(key, (sample.tried.get(key) ?? 0) + 1);
    const list = length === null ? sample.unconnected : sample.byLength.get(length);
    if (list && list.length < perLength) list.push([a, b]);
  });
  return sample;
}

/** The graph-layer statements `connection` makes: the two ends, the paths, then (batched) their entities, events and evidence. */
async function directConnection(r: Reader, from: string, to: string): Promise<unknown> {
  await entitiesByIds(r, [from, to]);
  const paths = await connectionPaths(r, from, to, MAX_HOPS, PATHS);
  const steps = paths.flatMap((p) => p.steps);
  const entities = [...new Set(paths.flatMap((p) => [...p.entities, ...p.steps.flatMap((s) => [s.from, s.to])]))];
  const events = [...new Set(steps.flatMap((s) => (s.kind === 'SHARED_EVENT' ? [s.event] : [])))];
  const relations = steps.flatMap((s) => (s.kind === 'RELATION' ? [{ subject: s.subject, predicate: s.predicate, object: s.object }] : []));
  const shared = steps.flatMap((s) => (s.kind === 'SHARED_EVENT' ? [{ event: s.event, a: s.from, b: s.to }] : []));
  return Promise.all([
    entities.length > 0 ? entitiesByIds(r, entities) : null,
    events.length > 0 ? eventsByIds(r, events) : null,
    relations.length > 0 ? relationEvidence(r, relations, 3) : null,
    shared.length > 0 ? sharedEventEvidence(r, shared, 3) : null,
  ]);
}

async function directNeighborhood(r: Reader, id: string, depth: number): Promise<unknown> {
  const [center] = await entitiesByIds(r, [id]);
  if (!center) throw new Error(`api bench: no entity ${id}`);
  return neighborhood(r, { id: center.id, label: center.name, kind: center.type, weight: center.mentionCount ?? 0 }, depth, NEIGHBORHOOD_LIMIT);
}

function sum<T>(rounds: T[], value: (r: T) => number): number {
  return rounds.reduce((n, r) => n + value(r), 0);
}

/** Rounds of one load as one row: medians of the rates and percentiles, sums of the counts. */
function combine<T extends LoadResult & { cpuMs: number }>(rounds: T[]): LoadResult & { cpuMs: number } {
  const med = (key: 'p50' | 'p90' | 'p99' | 'rps') => median(rounds.map((r) => r[key]));
  return { p50: med('p50'), p90: med('p90'), p99: med('p99'), rps: med('rps'), total: sum(rounds, (r) => r.total), errors: sum(rounds, (r) => r.errors), cpuMs: sum(rounds, (r) => r.cpuMs) };
}

/** Runs `work` and adds the CPU time this process spent meanwhile (user + system, ms). */
async function withCpu<T extends object>(work: () => Promise<T>): Promise<T & { cpuMs: number }> {
  const before = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(before);
  return { ...result, cpuMs: (used.user + used.system) / 1000 };
}

export async function run(): Promise<string> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const out: string[] = [];
  const started = performance.now();
  const corpus: CorpusGraph = await corpusGraph({ documents: DOCS, seed: SEED }, log);
  const serverLog: string[] = [];
  // As `actorgraph serve` sets it (ACTORGRAPH_QUERY_TIMEOUT_MS): a loaded machine may need more than the default.
  const { queryTimeoutMs } = loadConfig().server;
  const api = createApi({ graph: corpus.graph, log: (line) => serverLog.push(line), queryTimeoutMs });
  const server = createHttpServer({ graph: corpus.graph, graphql: (req, res) => void api(req, res) });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const reader = readerOf(corpus.graph, queryTimeoutMs);

    out.push(`API under load: ${DOCS.toLocaleString('en-US')} generated documents (seed ${SEED}); Neo4j: ${corpus.where}.`);
    if (corpus.ingest.reused) {
      out.push('Corpus: reused from an earlier run (same size, seed and extractor version).');
    } else {
      const i = corpus.ingest;
      const written = i.summary.new + i.summary.updated;
      out.push(
        `Corpus ingested in this run: ${written.toLocaleString('en-US')} documents in ${i.seconds.toFixed(0)} s (${(written / i.seconds).toFixed(1)} docs/s, ingest pipeline with 4 transactions in flight); ` +
          `${i.extractSeconds.toFixed(0)} s of it extracting (on the main thread), the rest waiting on Neo4j writes. ` +
          `${i.summary.new} new, ${i.summary.failed} failed` +
          (i.retried ? `; ${i.retried} had failed in the first pass (Neo4j deadlocks between concurrent groups, beyond the driver's retries) and went in when written again one per transaction` : '') + '.',
      );
    }
    out.push(`Graph: ${corpus.shape}.`, '');

    // Inputs, chosen from the graph through the API itself.
    log('api bench: choosing inputs…');
    const actors = await allActors(base);
    if (PARTS.has('own')) {
      const t = tiers(actors, 5);
      const picked = [...t.high, ...t.medium, ...t.low];
      const searches = [...t.high.slice(0, 4), ...t.medium.slice(0, 4), ...t.low.slice(0, 4)].flatMap(searchTexts);
      const sample = await connectedPairs(base, actors, 8, 160);
      const pairsByLength = sample.byLength;
      const pairs = [...pairsByLength.values()].flat();
      if (pairs.length === 0) throw new Error('api bench: found no actor pairs 2-4 hops apart');
      // Interleave lengths so every stretch of requests mixes them.
      const interleaved: Array<[Actor, Actor]> = [];
      for (let i = 0; interleaved.length < pairs.length; i++) for (const l of pairsByLength.values()) if (l[i]) interleaved.push(l[i]!);

      const scenarios: Scenario[] = [
        {
          name: 'actor search',
          bodies: searches.map((s) => body(SEARCH_ACTORS, { search: s.text, first: SEARCH_FIRST })),
          direct: (i) => listEntities(reader, { search: searches[i % searches.length]!.text, type: null, skip: 0, limit: SEARCH_FIRST, actorsOnly: true }),
        },
        ...[1, 2].map((depth) => ({
          name: `neighborhood depth ${depth}, limit ${NEIGHBORHOOD_LIMIT}`,
          bodies: picked.map((a) => body(NEIGHBORHOOD, { actor: a.id, depth, limit: NEIGHBORHOOD_LIMIT })),
          direct: (i: number) => directNeighborhood(reader, picked[i % picked.length]!.id, depth),
        })),
        {
          name: `connection maxHops ${MAX_HOPS}, first ${PATHS}`,
          bodies: interleaved.map(([a, b]) => body(CONNECTION, { from: a.id, to: b.id, maxHops: MAX_HOPS, first: PATHS })),
          direct: (i) => directConnection(reader, interleaved[i % interleaved.length]![0].id, interleaved[i % interleaved.length]![1].id),
        },
        ...(sample.unconnected.length > 0
          ? [
              {
                name: `connection maxHops ${MAX_HOPS}, no path`,
                bodies: sample.unconnected.map(([a, b]) => body(CONNECTION, { from: a.id, to: b.id, maxHops: MAX_HOPS, first: PATHS })),
                direct: (i: number) => directConnection(reader, sample.unconnected[i % sample.unconnected.length]![0].id, sample.unconnected[i % sample.unconnected.length]![1].id),
              },
            ]
          : []),
      ];

      // Warm-up: every input once, and none may answer with an error (a benchmark of errors is worthless).
      log('api bench: warm-up pass…');
      const searchHits = new Map<string, [number, number]>();
      await eachLimited(
        scenarios.flatMap((s) => s.bodies.map((b, i) => ({ s, b, i }))),
        4,
        async ({ s, b, i }) => {
          const data = await post<Record<string, unknown>>(base, b);
          if (s === scenarios[0]) {
            const kind = searches[i]!.kind;
            const [hit, all] = searchHits.get(kind) ?? [0, 0];
            const found = (data.actors as { totalCount: number }).totalCount > 0;
            searchHits.set(kind, [hit + (found ? 1 : 0), all + 1]);
          }
        },
      );
      for (const s of scenarios) await s.direct(0);

      out.push('Inputs (requests rotate through them):', '');
      out.push(
        table(
          ['scenario', 'inputs', 'what'],
          [
            ['actor search', searches.length, `full name, partial name and a typo'd name of 12 actors (4 most, 4 median, 4 least mentioned); found something: ${[...searchHits].map(([k, [h, n]]) => `${k} ${h}/${n}`).join(', ')}`],
            ['neighborhood', picked.length, `5 most mentioned (${t.high.map((a) => a.mentionCount).join(', ')} mentions), 5 median (${t.medium.map((a) => a.mentionCount).join(', ')}), 5 least (${t.low.map((a) => a.mentionCount).join(', ')}) of ${actors.length} actors`],
            [
              'connection',
              interleaved.length,
              `actor pairs by shortest path: ${[...pairsByLength].map(([l, ps]) => `${ps.length} at ${l} hops`).join(', ')} ` +
                `(of ${[...sample.tried.values()].reduce((a, b) => a + b, 0)} seeded random pairs: ${[...sample.tried].sort().map(([l, n]) => `${n} ${l === 'none' ? `with no path within ${MAX_HOPS} hops` : `at ${l}`}`).join(', ')})`,
            ],
            ['connection, no path', sample.unconnected.length, `pairs with no path within ${MAX_HOPS} hops (the search still explores up to 6)`],
          ],
        ),
        '',
      );

      // The loads: HTTP floor first, then each scenario over HTTP and directly, back to back.
      log(`api bench: /health, ${SECONDS} s…`);
      const health = await withCpu(() => httpLoad(`${base}/health`, [], CONNECTIONS, SECONDS));
      const rows: Array<[string, string, LoadResult & Partial<HttpLoad> & { cpuMs: number }]> = [['/health', 'HTTP floor (no query: the driver hands out a pooled connection)', health]];
      const ratios: Array<Array<string | number>> = [];
      for (const s of scenarios) {
        // Rounds in A-B-B-A order, so a machine getting busier or quieter does not favour either side.
        const httpRounds: Array<HttpLoad & { cpuMs: number }> = [];
        const directRounds: Array<LoadResult & { cpuMs: number }> = [];
        for (let round = 0; round < ROUNDS; round++) {
          for (const side of round % 2 === 0 ? (['http', 'direct'] as const) : (['direct', 'http'] as const)) {
            if (side === 'http') {
              log(`api bench: ${s.name} over HTTP, ${SECONDS} s (round ${round + 1}/${ROUNDS})…`);
              httpRounds.push(await withCpu(() => httpLoad(`${base}/graphql`, s.bodies, CONNECTIONS, SECONDS)));
            } else {
              log(`api bench: ${s.name} through the graph layer, ${SECONDS} s (round ${round + 1}/${ROUNDS})…`);
              const r = await withCpu(() => closedLoop(CONNECTIONS, SECONDS, s.direct));
              if (r.firstError) log(`api bench: direct ${s.name} failed: ${String(r.firstError)}`);
              directRounds.push(r);
            }
          }
        }
        const viaHttp = { ...combine(httpRounds), non2xx: sum(httpRounds, (r) => r.non2xx), timeouts: sum(httpRounds, (r) => r.timeouts), graphqlErrors: sum(httpRounds, (r) => r.graphqlErrors), loadGenCpuMs: sum(httpRounds, (r) => r.loadGenCpuMs) };
        const direct = combine(directRounds);
        rows.push([s.name, 'GraphQL over HTTP', viaHttp], [s.name, 'graph layer, in-process', direct]);
        ratios.push([s.name, `${(viaHttp.p50 / direct.p50).toFixed(2)}x`, `${(viaHttp.p99 / direct.p99).toFixed(2)}x`, `${(viaHttp.rps / direct.rps).toFixed(2)}x`]);
      }
      out.push(`Load: ${CONNECTIONS} concurrent connections, ${ROUNDS} round(s) of ${SECONDS} s per row (A-B-B-A order; latencies and req/s are medians of the rounds, counts are sums); HTTP rows from autocannon in a second process, each request a POST /graphql with the next input's JSON body. Latencies in ms.`, '');
      out.push(
        table(
          ['scenario', 'via', 'p50', 'p90', 'p99', 'req/s', 'requests', 'non-2xx', 'errors', 'server CPU ms/req', 'load generator CPU ms/req'],
          rows.map(([name, via, r]) => [
            name, via, r.p50, r.p90, r.p99, r.rps, r.total, r.non2xx ?? '-', r.errors + (r.timeouts ?? 0) + (r.graphqlErrors ?? 0),
            r.cpuMs / Math.max(1, r.total), r.loadGenCpuMs === undefined ? '-' : r.loadGenCpuMs / Math.max(1, r.total),
          ]),
        ),
        '',
        'GraphQL over HTTP compared with the same graph-layer calls made directly (same statements, same concurrency, same run):',
        '',
        table(['scenario', 'p50 HTTP / direct', 'p99 HTTP / direct', 'req/s HTTP / direct'], ratios),
        '',
        '"errors" counts connection errors, timeouts and responses carrying GraphQL `errors`; any is a failed benchmark, not a slow one. ' +
          '"server CPU ms/req" is the CPU time of the process serving (HTTP rows: the API server; graph-layer rows: the loop and the driver) per request; Neo4j and the load generator run in other processes. ' +
          `The machine has ${availableParallelism()} cores, shared by Neo4j, the server, the load generator (and whatever else runs), so compare rows of one run, not runs.`,
      );
      const failed = rows.reduce((n, [, , r]) => n + r.errors + (r.timeouts ?? 0) + (r.graphqlErrors ?? 0) + (r.non2xx ?? 0), 0);
      if (failed > 0) out.unshift(`**WARNING: ${failed} requests failed under load (see the errors and non-2xx columns): the figures below include failures.**`, '');
    }
    if (PARTS.has('peer')) {
      out.push('', '### Against the peer', '');
      out.push(await peerComparison({ base, server, connection: corpus.connection, actors, seconds: SECONDS, connections: CONNECTIONS, rounds: ROUNDS, log }));
    }
    if (serverLog.length > 0) out.push('', `Server log during the run (${serverLog.length} lines), first: ${serverLog[0]}`);
    out.push('', `(api bench total: ${((performance.now() - started) / 1000).toFixed(0)} s)`);
    return out.join('\n');
  } finally {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    await corpus.close();
  }
}
