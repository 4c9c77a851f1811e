import { type GraphError, NEO4J_URI_HINT, Neo4jUnavailableError } from '../graph/errors.js';
import type { IngestSummary } from './ingest.js';
import { ActorgraphError } from '../model/errors.js';

/** Why an input could not become a document. Carries the file (and line) it concerns. */
export class InputError extends ActorgraphError<'INPUT'> {
  readonly file: string;
  readonly line: number | undefined;
  constructor(file: string, message: string, line?: number) {
    super('INPUT', message);
    this.file = file;
    this.line = line;
  }
  /** One line for the terminal: `file:line: problem`. */
  describe(): string {
    return `${this.file}${this.line !== undefined ? `:${this.line}` : ''}: ${this.message}`;
  }
}

/**
 * The graph failed in a way that every further document would repeat (the
 * server is gone, credentials refused, no such database): the run stopped.
 * Carries what was being done at that moment and the summary of what landed before.
 */
export class IngestAbortedError extends ActorgraphError<'INGEST_ABORTED'> {
  /** What the run was doing when the graph failed, e.g. "writing 32 documents (a.jsonl:1 … a.jsonl:32)". */
  readonly during: string;
  /** What landed before the failure (documents in failed transactions are in no count). */
  readonly summary: IngestSummary;
  declare readonly cause: GraphError;
  constructor(cause: GraphError, during: string, summary: IngestSummary, hint?: string) {
    const what =
      cause instanceof Neo4jUnavailableError
        ? `Neo4j at ${cause.uri} stopped answering (${cause.reason}) while ${during}; ingest stopped.`
        : `${cause.message} (while ${during}); ingest stopped.`;
    const unavailableHint = cause instanceof Neo4jUnavailableError ? (hint ?? NEO4J_URI_HINT) : undefined;
    super('INGEST_ABORTED', unavailableHint ? `${what} ${unavailableHint}` : what, { cause });
    this.during = during;
    this.summary = summary;
  }
  /** The same failure, with the hint that fits how the graph was opened (the local launcher, or NEO4J_URI). */
  withHint(hint: string): IngestAbortedError {
    return new IngestAbortedError(this.cause, this.during, this.summary, hint);
  }
}
