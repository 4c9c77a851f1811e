import { loadConfig } from '../../config.js';
import { daemonStatus, startDaemon, stopDaemon } from '../../graph/local-neo4j.js';
import { type Command, intFlag, UsageError } from '../command.js';

export const neo4jCommand: Command = {
  name: 'neo4j',
  summary: 'Manage the local embedded Neo4j (start, stop, status).',
  usage: 'neo4j start|stop|status [--port N] [--data DIR]',
  description: `
The local Neo4j is Neo4j Community 5.26 embedded in a small Java launcher
(built by \`npm install\`; needs Java 17+). It listens for Bolt on 127.0.0.1,
without authentication, and keeps its store in .data/neo4j.

  start   start it in the background and wait until Bolt accepts connections
  stop    stop the one started by \`start\`
  status  say whether it runs, with its pid and Bolt address

You rarely need this: every command that uses the graph starts the local Neo4j
itself when NEO4J_URI is unset, and reuses the one \`start\` left running.`,
  flags: {
    port: { type: 'string', value: 'N', description: 'Bolt port (env ACTORGRAPH_NEO4J_PORT)', default: '7687' },
    data: { type: 'string', value: 'DIR', description: 'store folder (env ACTORGRAPH_DATA_DIR)', default: '.data/neo4j' },
  },
  async run(ctx) {
    const [action, ...extra] = ctx.positionals;
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const env = { ...process.env };
    if (typeof ctx.flags.data === 'string') env.ACTORGRAPH_DATA_DIR = ctx.flags.data;
    const config = loadConfig(env);
    const dataDir = config.neo4j.local.dataDir;
    switch (action) {
      case 'start': {
        const port = intFlag(ctx, 'port', config.neo4j.local.port, 1, 65535);
        ctx.log(`starting local Neo4j on port ${port} (data in ${dataDir})…`);
        const started = performance.now();
        const { uri, pid } = await startDaemon({ port, dataDir, pageCache: config.neo4j.local.pageCache, javaBin: config.neo4j.local.javaBin });
        ctx.stdout.write(`local Neo4j running at ${uri} (pid ${pid}), ready in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
        return 0;
      }
      case 'stop': {
        const result = await stopDaemon({ dataDir });
        ctx.stdout.write(result.stopped ? `local Neo4j stopped (pid ${result.pid})\n` : 'local Neo4j was not running\n');
        return 0;
      }
      case 'status': {
        const s = await daemonStatus({ dataDir });
        ctx.stdout.write(s.running ? `running at ${s.uri} (pid ${s.pid}, since ${s.startedAt})\n` : `not running (data in ${dataDir})\n`);
        return s.running ? 0 : 3;
      }
      default:
        throw new UsageError(action ? `unknown action "${action}"` : 'say start, stop or status');
    }
  },
};
