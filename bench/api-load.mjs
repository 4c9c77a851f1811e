// The load generator of the API benchmark, run as its own process (`node
// bench/api-load.mjs SPEC.json`) so its CPU is not the server's: autocannon
// for a fixed duration, each request the next body of the spec (round robin
// over all connections). Prints one JSON line with the numbers.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

const spec = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const bodies = spec.bodies ?? [];
let next = 0;
let graphqlErrors = 0;

const request = {
  method: spec.method,
  path: spec.path,
  headers: spec.method === 'POST' ? { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' } : {},
  // Rotate through the inputs: every request takes the next body.
  setupRequest: (req) => (bodies.length > 0 ? { ...req, body: bodies[next++ % bodies.length] } : req),
};

const result = await autocannon({
  url: spec.url,
  connections: spec.connections,
  duration: spec.seconds,
  // A GraphQL error comes with status 200: count it as a mismatch, not a success.
  ...(spec.method === 'POST' && {
    verifyBody: (body) => {
      const ok = !body.includes('"errors"');
      if (!ok) graphqlErrors++;
      return ok;
    },
  }),
  requests: [request],
});

process.stdout.write(
  `${JSON.stringify({
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    mean: result.latency.mean,
    rps: result.requests.average,
    total: result.requests.total,
    seconds: result.duration,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    mismatches: result.mismatches,
    graphqlErrors,
    // This process's own CPU (ms): on a small machine the load generator competes with the server.
    cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
  })}\n`,
);
