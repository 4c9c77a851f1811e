import { ActorgraphError } from '../model/errors.js';

export type GraphErrorCode =
  | 'UNAVAILABLE'
  | 'AUTH'
  | 'DATABASE_NOT_FOUND'
  | 'CONSTRAINT'
  | 'SYNTAX'
  | 'TIMEOUT'
  | 'TRANSIENT'
  | 'CYPHER_FILE'
  | 'MIGRATION'
  | 'UNKNOWN';

/** A Neo4j failure, named, with the query and server it concerns. */
export class GraphError extends ActorgraphError<GraphErrorCode> {
  /** Name of the .cypher file that ran, when one did. */
  readonly query: string | undefined;
  /** The driver's own code, e.g. Neo.ClientError.Schema.ConstraintValidationFailed. */
  readonly neo4jCode: string | undefined;
  constructor(code: GraphErrorCode, message: string, context: { query?: string; neo4jCode?: string; cause?: unknown } = {}) {
    super(code, message, { cause: context.cause });
    this.query = context.query;
    this.neo4jCode = context.neo4jCode;
  }
}

/** Where to look when the server named by NEO4J_URI does not answer. */
export const NEO4J_URI_HINT = 'Check NEO4J_URI, or unset it to use the local Neo4j.';

/** The server does not answer (down, unreachable, or the connection broke). */
export class Neo4jUnavailableError extends GraphError {
  readonly uri: string;
  /** The driver's own words, without any hint. */
  readonly reason: string;
  constructor(uri: string, reason: string, context: { query?: string; neo4jCode?: string; cause?: unknown } = {}) {
    // The driver's message for a refused connection is a paragraph ending in "Caused by: <the socket error>".
    const short = /Caused by: (.+)$/s.exec(reason)?.[1]?.trim() ?? reason;
    super('UNAVAILABLE', `Neo4j at ${uri} is not reachable: ${short}. ${NEO4J_URI_HINT}`, context);
    this.uri = uri;
    this.reason = short;
  }
}

/** Maps a driver error to a GraphError; `where` names the server for connection problems. */
export function toGraphError(err: unknown, where: { uri: string; query?: string }): GraphError {
  if (err instanceof GraphError) return err;
  const e = err as { code?: string; message?: string; retriable?: boolean };
  const code = e.code ?? '';
  const msg = e.message ?? String(err);
  const ctx = { neo4jCode: code || undefined, cause: err, ...(where.query !== undefined && { query: where.query }) };
  const inQuery = where.query ? ` (in ${where.query}.cypher)` : '';
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|Could not perform discovery/.test(msg)) {
    return new Neo4jUnavailableError(where.uri, msg, ctx);
  }
  if (code.startsWith('Neo.ClientError.Security.')) {
    return new GraphError('AUTH', `Neo4j at ${where.uri} refused the credentials: check NEO4J_USER and NEO4J_PASSWORD (${msg})`, ctx);
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new GraphError('DATABASE_NOT_FOUND', `Neo4j at ${where.uri} has no such database: check NEO4J_DATABASE (${msg})`, ctx);
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new GraphError('CONSTRAINT', `constraint violated${inQuery}: ${msg}`, ctx);
  }
  if (code.startsWith('Neo.ClientError.Statement.')) {
    return new GraphError('SYNTAX', `invalid Cypher${inQuery}: ${msg}`, ctx);
  }
  if (code.includes('TransactionTimedOut') || code.includes('Transaction.TransactionTimedOutClientConfiguration')) {
    return new GraphError('TIMEOUT', `query timed out${inQuery}`, ctx);
  }
  if (code.startsWith('Neo.TransientError.') || e.retriable) {
    return new GraphError('TRANSIENT', `transient Neo4j error${inQuery}: ${msg}`, ctx);
  }
  return new GraphError('UNKNOWN', `Neo4j error${inQuery}: ${msg}`, ctx);
}
