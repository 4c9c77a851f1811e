import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Graph } from '../graph/client.js';
import { createExplorerHandler } from './explorer/serve.js';
import { isAllowedHost } from './guard.js';

export interface HttpAppOptions {
  graph: Graph;
  /** Serves `/graphql` (the yoga instance of ./server.ts: GraphQL, and GraphiQL for browsers). */
  graphql?: (req: IncomingMessage, res: ServerResponse) => void;
  /** Handles the routes this module and the explorer do not. */
  fallback?: (req: IncomingMessage, res: ServerResponse) => void;
  /** Host names answered besides loopback ones (the CLI passes HOST and ACTORGRAPH_ALLOWED_HOSTS; default none); `*` for any. */
  allowedHosts?: string[];
}

/** `GET /health`: 200 with Neo4j reachability when the graph answers, 503 when it does not. */
export async function healthReport(graph: Graph): Promise<{ status: number; body: Record<string, unknown> }> {
  const neo4j = await graph.ping();
  return {
    status: neo4j.ok ? 200 : 503,
    body: { status: neo4j.ok ? 'ok' : 'degraded', neo4j: { reachable: neo4j.ok, latencyMs: neo4j.latencyMs, ...(neo4j.version && { version: neo4j.version }), ...(neo4j.error && { error: neo4j.error }) } },
  };
}

export function createHttpServer(opts: HttpAppOptions): Server {
  const explorer = createExplorerHandler(); // the explorer page at / and /assets/*
  const allowedHosts = opts.allowedHosts ?? [];
  return createServer((req, res) => {
    // A page whose DNS name was rebound to this machine sends its own name as Host: nothing is served to it.
    if (!isAllowedHost(req.headers.host, allowedHosts)) {
      res.writeHead(421, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'this server does not answer to that Host name: set ACTORGRAPH_ALLOWED_HOSTS to allow it' }));
      return;
    }
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/health' && (req.method === 'GET' || req.method === 'HEAD')) {
      healthReport(opts.graph).then(
        ({ status, body }) => {
          res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
          res.end(req.method === 'HEAD' ? undefined : JSON.stringify(body));
        },
        () => {
          res.writeHead(500).end();
        },
      );
      return;
    }
    if (opts.graphql && (path === '/graphql' || path === '/graphql/')) return opts.graphql(req, res);
    if (explorer(req, res)) return;
    if (opts.fallback) return opts.fallback(req, res);
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: 'not found', routes: opts.graphql ? ['/health', '/graphql'] : ['/health'] }));
  });
}
