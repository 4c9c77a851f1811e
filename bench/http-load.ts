// GraphQL over HTTP for the benchmarks: one checked request, and a load from
// autocannon in a second process (bench/api-load.mjs) so its CPU is not the server's.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/paths.js';
import type { LoadResult } from './api-driver-load.js';

/** A kept-alive socket the server closed while idle (a race on a loaded machine): the request never reached it. */
function isStaleSocket(err: unknown): boolean {
  return (err as { cause?: { code?: string } }).cause?.code === 'ECONNRESET';
}

/** One request in this process; an HTTP error or any GraphQL error fails the benchmark. */
export async function post<T>(base: string, json: string): Promise<T> {
  const send = () => fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: json });
  // Queries only: sending one again is safe.
  const res = await send().catch((err: unknown) => {
    if (isStaleSocket(err)) return send();
    throw err;
  });
  const text = await res.text();
  let parsed: { data?: T; errors?: Array<{ message: string }> };
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    throw new Error(`api bench: HTTP ${res.status} without a GraphQL result for ${json.slice(0, 200)}: ${text.slice(0, 200)}`);
  }
  if (!res.ok || parsed.errors?.length || !parsed.data) {
    throw new Error(`api bench: HTTP ${res.status}, errors ${JSON.stringify(parsed.errors ?? null)} for ${json.slice(0, 300)}`);
  }
  return parsed.data;
}

export interface HttpLoad extends LoadResult {
  /** CPU time of the load generator process. */
  loadGenCpuMs: number;
  non2xx: number;
  timeouts: number;
  graphqlErrors: number;
}

/** autocannon in a child process for `seconds` with `connections` connections, rotating through `bodies` (GET without bodies). */
export async function httpLoad(url: string, bodies: string[], connections: number, seconds: number): Promise<HttpLoad> {
  const dir = mkdtempSync(join(tmpdir(), 'actorgraph-apibench-'));
  const specFile = join(dir, 'spec.json');
  const u = new URL(url);
  writeFileSync(specFile, JSON.stringify({ url: u.origin, path: u.pathname, method: bodies.length > 0 ? 'POST' : 'GET', bodies, connections, seconds }));
  try {
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, [join(PACKAGE_ROOT, 'bench', 'api-load.mjs'), specFile], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      const killer = setTimeout(() => child.kill('SIGKILL'), (seconds + 60) * 1000);
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.on('error', reject);
      child.on('close', (code) => {
        clearTimeout(killer);
        if (code === 0) resolve(stdout);
        else reject(new Error(`api bench: the load process exited with ${code}: ${stderr.slice(-500)}`));
      });
    });
    const r = JSON.parse(out.trim().split('\n').pop()!) as {
      p50: number; p90: number; p99: number; total: number; seconds: number; non2xx: number; errors: number; timeouts: number; graphqlErrors: number; cpuMs: number;
    };
    return { p50: r.p50, p90: r.p90, p99: r.p99, rps: r.total / r.seconds, total: r.total, errors: r.errors, non2xx: r.non2xx, timeouts: r.timeouts, graphqlErrors: r.graphqlErrors, loadGenCpuMs: r.cpuMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

