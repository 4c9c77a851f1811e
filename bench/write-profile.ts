// What one group's write costs, statement by statement: the group is written
// through the real writer with every statement PROFILEd, in a transaction that
// is rolled back, so the graph is left as it was. The scale benchmark runs it
// on the same group after each step, so a statement whose cost grows with the
// graph shows up as db hits per document growing from step to step.
import { readFileSync } from 'node:fs';
import neo4j, { type ProfiledPlan } from 'neo4j-driver';
import type { Graph, GraphTransaction } from '../src/graph/client.js';
import type { DocumentRows } from '../src/graph/document-rows.js';
import { writeDocuments } from '../src/graph/document-writer.js';
import { readPidFile } from '../src/neo4j-local/pid-file.js';

export interface StatementCost {
  /** Summed over the statement's runs in the group. */
  dbHits: number;
  ms: number;
}

function dbHits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((n, c) => n + dbHits(c), 0);
}

/** Db hits and client-side time of each statement of writing `group`, rolled back. */
export async function profileWrite(graph: Graph, credentials: { user?: string; password?: string }, group: readonly DocumentRows[]): Promise<Map<string, StatementCost>> {
  const driver = neo4j.driver(graph.uri, credentials.password ? neo4j.auth.basic(credentials.user ?? 'neo4j', credentials.password) : undefined, { disableLosslessIntegers: true });
  const session = driver.session(graph.database ? { database: graph.database } : {});
  const tx = session.beginTransaction();
  const costs = new Map<string, StatementCost>();
  const profiling: GraphTransaction = {
    async run(query, params = {}) {
      const started = performance.now();
      const result = await tx.run(`PROFILE ${query.text}`, params);
      const cost = costs.get(query.name) ?? { dbHits: 0, ms: 0 };
      cost.dbHits += dbHits(result.summary.profile as ProfiledPlan);
      cost.ms += performance.now() - started;
      costs.set(query.name, cost);
      return result.records.map((r) => r.toObject()) as never;
    },
  };
  const profiled = { writeTransaction: (work: (t: GraphTransaction) => Promise<unknown>) => work(profiling) } as unknown as Graph;
  try {
    await writeDocuments(profiled, group);
  } finally {
    await tx.rollback();
    await session.close();
    await driver.close();
  }
  return costs;
}

/** CPU seconds (user + system) the local Neo4j's JVM has used so far, from /proc; undefined when it is not local or not Linux. */
export function neo4jCpuSeconds(dataDir: string | undefined): number | undefined {
  if (!dataDir) return undefined;
  const pid = readPidFile(dataDir)?.pid;
  if (pid === undefined) return undefined;
  try {
    // Fields after the command name (which is in parentheses and may hold spaces): utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}
