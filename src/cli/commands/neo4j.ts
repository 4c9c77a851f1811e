import { DEFAULTS } from '../../config.js';
import { resolve } from 'node:path';
import { daemonStatus, startDaemon, stopDaemon } from '../../neo4j-local/index.js';
import { type Command, intFlag, UsageError } from '../command.js';

export const neo4jCommand: Command = {
  name: 'neo4j',
  summary: 'Manage the local embedded Neo4j (start, stop, status).',
  usage: 'neo4j start|stop|status [--port N] [--data DIR]',
  description: `
The local Neo4j is Neo4j Community 5.26 embedded in a small Java launcher
(built by \`npm install\`; needs Java 17+). It listens for Bolt on 127.0.0.1,
without authentication, and keeps its store and pid file in ONE folder per user
($XDG_DATA_HOME/actorgraph/neo4j, i.e. ~/.local/share/actorgraph/neo4j, or
ACTORGRAPH_DATA_DIR), so every command finds the same graph from any folder.

  start   start it in the background and wait until Bolt accepts connections
  stop    stop the one started by \`start\`
  status  say whether it runs, with its pid, Bolt address, data folder and owner

You rarely need this: with NEO4J_URI unset, every command that uses the graph
uses the local Neo4j already running on that folder (whoever started it: this
command, or a running \`actorgraph start\`/\`serve\`), and starts one for its own
run only when none runs. To use another Neo4j, set NEO4J_URI=bolt://host:7687.`,
  flags: {
    port: { type: 'string', value: 'N', description: 'Bolt port (env ACTORGRAPH_NEO4J_PORT)', default: String(DEFAULTS.neo4jPort) },
    data: { type: 'string', value: 'DIR', description: 'store folder (env ACTORGRAPH_DATA_DIR)', default: DEFAULTS.dataDirShown },
  },
  async run(ctx) {
    const [action, ...extra] = ctx.positionals;
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const { config } = ctx;
    // --data is read as ACTORGRAPH_DATA_DIR would be: relative to the working folder.
    const dataDir = typeof ctx.flags.data === 'string' ? resolve(ctx.flags.data) : config.neo4j.local.dataDir;
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
        const holder = s.owner !== undefined ? `child of actorgraph process ${s.owner}` : 'started by `actorgraph neo4j start`';
        ctx.stdout.write(
          s.running
            ? `running at ${s.uri} (pid ${s.pid}, ${holder}, since ${s.startedAt})\ndata: ${dataDir}\n`
            : `not running\ndata: ${dataDir}\n`,
        );
        return s.running ? 0 : 3;
      }
      default:
        throw new UsageError(action ? `unknown action "${action}"` : 'say start, stop or status');
    }
  },
};
