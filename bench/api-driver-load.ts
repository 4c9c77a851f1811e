import { quantile } from './stats.js';

export interface LoadResult {
  p50: number;
  p90: number;
  p99: number;
  rps: number;
  total: number;
  errors: number;
}

/**
 * A closed-loop load in this process: `connections` loops, each starting its
 * next call as soon as its previous one ends, for `seconds`; call i takes
 * input i (round robin over all loops), as the HTTP load generator does.
 */
export async function closedLoop(connections: number, seconds: number, call: (i: number) => Promise<unknown>): Promise<LoadResult & { firstError?: unknown }> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: unknown;
  let next = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline) {
      const t = performance.now();
      try {
        await call(next++);
        latencies.push(performance.now() - t);
      } catch (err) {
        errors++;
        firstError ??= err;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  const elapsed = (performance.now() - started) / 1000;
  const total = latencies.length + errors;
  const q = (p: number) => (latencies.length > 0 ? quantile(latencies, p) : NaN);
  return { p50: q(0.5), p90: q(0.9), p99: q(0.99), rps: total / elapsed, total, errors, ...(firstError !== undefined && { firstError }) };
}
