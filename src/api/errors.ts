import { GraphQLError } from 'graphql';
import { GraphError } from '../graph/errors.js';
import { ExtractWorkerError } from '../pipeline/extract-worker.js';

/** The `extensions.code` values this API sets. */
export type ApiErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'TIMEOUT' | 'SERVICE_UNAVAILABLE' | 'QUERY_TOO_COMPLEX' | 'INTERNAL_SERVER_ERROR';

export function apiError(code: ApiErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const badInput = (message: string, extra?: Record<string, unknown>) => apiError('BAD_USER_INPUT', message, extra);
export const notFound = (message: string) => apiError('NOT_FOUND', message);

/** Errors from lower layers that the client may see, turned into coded GraphQL errors; undefined for the rest. */
export function knownError(err: unknown): GraphQLError | undefined {
  if (err instanceof GraphError) {
    if (err.code === 'TIMEOUT') return apiError('TIMEOUT', 'the query took too long and was stopped: ask for less (smaller `first`, fewer nested fields)');
    if (err.code === 'UNAVAILABLE') return apiError('SERVICE_UNAVAILABLE', 'the graph database is not reachable; try again later');
    return undefined;
  }
  if (err instanceof ExtractWorkerError) {
    if (err.code === 'TIMEOUT') return apiError('TIMEOUT', `${err.message}: send a shorter text`);
    if (err.code === 'BUSY') return apiError('SERVICE_UNAVAILABLE', err.message);
    return undefined;
  }
  if (err instanceof Error && err.name === 'CurationError') {
    const code = (err as Error & { code?: string }).code;
    if (code === 'NOT_FOUND') return apiError('NOT_FOUND', err.message);
    if (code === 'CONFLICT') return apiError('CONFLICT', err.message);
    if (code === 'INVALID') return apiError('BAD_USER_INPUT', err.message);
  }
  return undefined;
}

/**
 * Yoga's error mask: our own coded errors pass; known lower-layer errors get
 * their code; anything else becomes a generic message (yoga logs the original).
 */
export function maskError(error: unknown, message: string): Error {
  if (error instanceof GraphQLError) {
    const original = error.originalError;
    if (!original || original instanceof GraphQLError) return error;
    const known = knownError(original);
    if (known) return new GraphQLError(known.message, { nodes: error.nodes ?? null, path: error.path ?? null, extensions: known.extensions });
    return new GraphQLError(message, { nodes: error.nodes ?? null, path: error.path ?? null, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }
  return knownError(error) ?? new GraphQLError(message, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}

/** One log line (with stack and causes) for an error masked from the client. */
export function describeError(err: unknown): string {
  const parts: string[] = [];
  let e: unknown = err;
  for (let depth = 0; e && depth < 5; depth++) {
    if (e instanceof Error) {
      const ctx = e instanceof GraphError ? ` [${e.code}${e.query ? ` in ${e.query}.cypher` : ''}]` : '';
      parts.push(`${e.stack ?? `${e.name}: ${e.message}`}${ctx}`);
      e = (e as Error & { originalError?: unknown }).originalError ?? e.cause;
    } else {
      parts.push(String(e));
      break;
    }
  }
  return parts.join('\ncaused by: ');
}
