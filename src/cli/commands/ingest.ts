import { join } from 'node:path';
import type { Config } from '../../config.js';
import type { Graph } from '../../graph/client.js';
import { NEO4J_URI_HINT } from '../../graph/errors.js';
import { IngestAbortedError } from '../../pipeline/errors.js';
import { DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY, ingestPaths, type IngestSummary } from '../../pipeline/ingest.js';
import { type Command, type CommandContext, intFlag, UsageError } from '../command.js';
import { openGraphSession } from '../graph-session.js';
import { countGraph, formatIngestSummary } from '../ingest-summary.js';
import { createProgress } from '../progress.js';
import { expandInputs } from '../../pipeline/inputs.js';

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'Extract documents and write their facts into Neo4j.',
  usage: 'ingest [--concurrency N] [--batch-size N] [--workers N] FILE|DIR|GLOB|- ...',
  description: `
Reads .txt, .md, .json and .jsonl files, folders (recursively), globs, or -
for JSON lines on stdin; extracts each document (on --workers threads, ahead
of the writer) and writes its facts in ONE transaction (all of them or none),
in input order. Documents are written in groups that share
a transaction and its commit (--batch-size); if a group fails, its documents
are written again one per transaction, so a bad one fails alone. A document
already in the graph with the same content and extractor version is skipped
without being extracted; a changed one replaces its previous facts. Bad input
is reported as "file[:line]: problem" and the rest goes on; the exit code is 1
when anything failed. If Neo4j stops answering, the run stops within seconds
with one line saying what was being written and a summary of what landed
(ingesting again finishes the job: what is stored is skipped).

Examples:
  actorgraph ingest ingest/samples
  actorgraph ingest 'news/**/*.json' --batch-size 128
  cat batch.jsonl | actorgraph ingest -`,
  flags: {
    workers: { type: 'string', short: 'w', value: 'N', description: 'extraction worker threads (0: on the main thread; default ACTORGRAPH_WORKERS, else cores - 1, at least 1)' },
    concurrency: { type: 'string', short: 'c', value: 'N', description: 'transactions in flight while the next documents are extracted (more helps over slow links, costs lock waits on one server)', default: String(DEFAULT_CONCURRENCY) },
    'batch-size': { type: 'string', short: 'b', value: 'N', description: 'documents per transaction (1: one transaction each)', default: String(DEFAULT_BATCH_SIZE) },
    quiet: { type: 'boolean', short: 'q', description: 'no progress, only errors and the summary' },
  },
  async run(ctx) {
    if (ctx.positionals.length === 0) throw new UsageError('name at least one input file, folder or glob (or - for stdin)');
    const concurrency = intFlag(ctx, 'concurrency', DEFAULT_CONCURRENCY, 1, 64);
    const batchSize = intFlag(ctx, 'batch-size', DEFAULT_BATCH_SIZE, 1, 1000);
    const { config } = ctx;
    const workers = intFlag(ctx, 'workers', config.ingest.workers, 0, 64);
    const session = await openGraphSession(config, { log: ctx.log, app: 'actorgraph-ingest' });
    try {
      const summary = await runIngest(ctx, session.graph, ctx.positionals, { workers, concurrency, batchSize, quiet: ctx.flags.quiet === true, hint: unavailableHint(config) });
      return summary.failed > 0 ? 1 : 0;
    } finally {
      await session.close();
    }
  },
};

/** Where to look when the graph stops answering: the local launcher when it was in use, else NEO4J_URI. */
export function unavailableHint(config: Config): string {
  if (config.neo4j.uri) return NEO4J_URI_HINT;
  const dir = config.neo4j.local.dataDir;
  return `Check the local Neo4j: \`actorgraph neo4j status\`, and its log ${join(dir, 'launcher.log')} when started by \`actorgraph neo4j start\`.`;
}

/**
 * Ingests with a progress bar and an end summary; shared by `ingest` and `start`.
 * When the run stops because the graph failed, prints the summary of what
 * landed and throws the failure, with `hint`, as one line.
 */
export async function runIngest(
  ctx: CommandContext,
  graph: Graph,
  paths: string[],
  opts: { workers?: number; concurrency?: number; batchSize?: number; quiet: boolean; hint?: string },
): Promise<IngestSummary> {
  const progress = createProgress(ctx.stderr, 'docs');
  // Paths that name nothing readable fail before any document is read and are not in the
  // pipeline's count; the bar's total adds them, so it ends where the summary's count does.
  const unreadable = (await expandInputs(paths)).errors.length;
  const before = await countGraph(graph);
  let summary: IngestSummary;
  try {
    summary = await ingestPaths(graph, paths, {
      workers: opts.workers ?? ctx.config.ingest.workers,
      ...(opts.concurrency !== undefined && { concurrency: opts.concurrency }),
      ...(opts.batchSize !== undefined && { batchSize: opts.batchSize }),
      onError: (e) => progress.log(`error: ${e.describe()}`),
      ...(!opts.quiet && {
        onProgress: (p) => progress.update(p.done + unreadable, p.total === undefined ? undefined : p.total + unreadable, p.current),
      }),
    });
  } catch (err) {
    progress.finish();
    if (!(err instanceof IngestAbortedError)) throw err;
    // The graph cannot be counted any more: the summary says what was written before the loss.
    ctx.log(`before it stopped: ${formatIngestSummary(err.summary)}`);
    throw opts.hint ? err.withHint(opts.hint) : err;
  }
  progress.finish();
  ctx.log(formatIngestSummary(summary, before, await countGraph(graph)));
  return summary;
}
