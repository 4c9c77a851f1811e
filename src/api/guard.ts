import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { isAllowedOrigin } from './cors.js';
import { apiError } from './errors.js';

/**
 * Writes safe by default (issue 11, item 8): with no token set, a page on
 * another site could otherwise make the visitor's browser run mutations on a
 * local server, with a form POST (no CORS preflight) or after rebinding its
 * DNS name to 127.0.0.1.
 */

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '::1'];
/** Bind addresses that name no host: HOST=0.0.0.0 allows nothing by itself. */
const WILDCARD_ADDRESSES = ['0.0.0.0', '::', '[::]'];

/** The host name of a Host header or a configured entry: lower case, port and IPv6 brackets removed. */
export function hostNameOf(host: string): string {
  const h = host.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']') > 0 ? h.indexOf(']') : undefined);
  const colon = h.indexOf(':');
  return colon >= 0 && h.indexOf(':', colon + 1) < 0 ? h.slice(0, colon) : h;
}

/**
 * Whether a request's Host header names this server: loopback names always,
 * configured names (HOST, ACTORGRAPH_ALLOWED_HOSTS) when given, any with `*`.
 * A DNS-rebinding page sends its own name, which is none of these.
 */
export function isAllowedHost(host: string | null | undefined, configured: readonly string[]): boolean {
  if (configured.includes('*')) return true;
  if (!host) return false;
  const name = hostNameOf(host);
  if (LOOPBACK_HOSTS.includes(name) || name.endsWith('.localhost')) return true;
  return configured.some((c) => !WILDCARD_ADDRESSES.includes(c.trim()) && hostNameOf(c) === name);
}

/** Content types a browser may send cross-site without a preflight (the CORS "simple" ones). */
const SIMPLE_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

export function isSimpleContentType(contentType: string | null): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return type === '' || SIMPLE_CONTENT_TYPES.includes(type);
}

/** Whether `origin` is the server's own (same scheme-less host and port as the Host header). */
function isSameOrigin(origin: string, host: string | null): boolean {
  if (!host) return false;
  try {
    return new URL(origin).host.toLowerCase() === host.trim().toLowerCase();
  } catch {
    return false;
  }
}

/**
 * Mutations need a JSON body (a preflighted content type) and, when the
 * browser names an Origin, one this API allows (its own, localhost, or
 * ACTORGRAPH_CORS_ORIGINS). Queries are unaffected.
 */
export function useWriteGuard(corsOrigins: readonly string[]): Plugin<{ request: Request }> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const op = getOperationAST(args.document, args.operationName);
      if (op?.operation !== 'mutation') return;
      const headers = args.contextValue.request.headers;
      const contentType = headers.get('content-type');
      if (isSimpleContentType(contentType)) {
        setResultAndStopExecution({
          errors: [apiError('FORBIDDEN', 'mutations need a JSON request body (`Content-Type: application/json`); form and plain-text posts are refused', { contentType: contentType ?? null })],
        });
        return;
      }
      const origin = headers.get('origin');
      // "null" (sandboxed frames, file pages) is no origin this API allows.
      if (origin !== null && !isAllowedOrigin(origin, corsOrigins) && !isSameOrigin(origin, headers.get('host'))) {
        setResultAndStopExecution({ errors: [apiError('FORBIDDEN', 'mutations from this Origin are refused: add it to ACTORGRAPH_CORS_ORIGINS to allow it')] });
      }
    },
  };
}

/** Answers depend on the Origin header (CORS), so shared caches must key on it. */
export function useVaryOrigin(): Plugin {
  return {
    onResponse({ response }) {
      const vary = response.headers.get('vary');
      if (!vary || !/(^|,)\s*origin\s*(,|$)/i.test(vary)) response.headers.set('vary', vary ? `${vary}, Origin` : 'Origin');
    },
  };
}
