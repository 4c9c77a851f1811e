import { DEFAULTS } from '../../config.js';
import { ActorgraphError } from '../../model/errors.js';
import type { Server } from 'node:http';
import { createHttpServer } from '../../api/http.js';
import { createApi } from '../../api/server.js';
import { type Command, type CommandContext, intFlag, UsageError } from '../command.js';
import { openGraphSession, type GraphSession } from '../graph-session.js';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve the graph over HTTP: GraphQL at /graphql, health at /health.',
  usage: 'serve [--port N] [--host ADDR]',
  description: `
Connects to Neo4j (NEO4J_URI, or the local Neo4j), applies the schema, and
serves until interrupted (Ctrl-C).`,
  flags: {
    port: { type: 'string', value: 'N', description: 'HTTP port (env PORT)', default: String(DEFAULTS.port) },
    host: { type: 'string', value: 'ADDR', description: 'address to bind (env HOST)', default: DEFAULTS.host },
  },
  async run(ctx) {
    if (ctx.positionals.length > 0) throw new UsageError(`unexpected argument "${ctx.positionals[0]}"`);
    const session = await openGraphSession(ctx.config, { log: ctx.log, app: 'actorgraph-serve' });
    return serveUntilStopped(ctx, session);
  },
};

/** Serves until SIGINT/SIGTERM, then closes the server and the graph session (and a local Neo4j it started). */
export async function serveUntilStopped(ctx: CommandContext, session: GraphSession): Promise<number> {
  const { config } = ctx;
  const port = intFlag(ctx, 'port', config.server.port, 0, 65535);
  const host = typeof ctx.flags.host === 'string' ? ctx.flags.host : config.server.host;
  const api = createApi({
    graph: session.graph,
    apiToken: config.server.apiToken,
    corsOrigins: config.server.corsOrigins,
    queryTimeoutMs: config.server.queryTimeoutMs,
    maxBodyBytes: config.apiLimits.maxBodyBytes,
    neo4jConcurrency: config.apiLimits.neo4jConcurrency,
    extractTimeoutMs: config.apiLimits.extractTimeoutMs,
    log: ctx.log,
    warmPlans: true,
  });
  const server: Server = createHttpServer({
    graph: session.graph,
    graphql: (req, res) => void api(req, res),
    allowedHosts: config.apiLimits.allowedHosts,
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
  } catch (err) {
    await session.close();
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EADDRINUSE') {
      throw new ActorgraphError('PORT_IN_USE', `port ${port} is already in use on ${host}: pass --port or set PORT`, { cause: err });
    }
    throw err;
  }
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  ctx.log(`serving ${session.describe}`);
  const base = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;
  ctx.stdout.write(`actorgraph listening on ${base} (health: /health)\n`);
  ctx.stdout.write(`GraphQL and GraphiQL: ${base}/graphql${config.server.apiToken ? ' (mutations need the API token)' : ''}\n`);
  ctx.stdout.write(`Explorer: ${base}/\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      ctx.log('shutting down…');
      server.close(() => resolve());
      server.closeAllConnections();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await session.close();
  return 0;
}
