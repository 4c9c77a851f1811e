import { type Command, UsageError } from '../command.js';
import { openGraphSession } from '../graph-session.js';
import { SAMPLES_DIR } from '../../paths.js';
import { runIngest, unavailableHint } from './ingest.js';
import { serveCommand, serveUntilStopped } from './serve.js';

export const startCommand: Command = {
  name: 'start',
  summary: 'The main job: Neo4j up, schema applied, sample corpus ingested, API served.',
  usage: 'start [--port N] [--host ADDR]',
  description: `
What \`npm start\` runs. Starts the local Neo4j unless NEO4J_URI is set,
applies the schema, ingests ingest/samples (documents already in the graph
are skipped), then serves like \`actorgraph serve\`.`,
  flags: serveCommand.flags ?? {},
  async run(ctx) {
    if (ctx.positionals.length > 0) throw new UsageError(`unexpected argument "${ctx.positionals[0]}"`);
    const { config } = ctx;
    const session = await openGraphSession(config, { log: ctx.log, app: 'actorgraph-start' });
    try {
      ctx.log(`ingesting the sample corpus (${SAMPLES_DIR})…`);
      await runIngest(ctx, session.graph, [SAMPLES_DIR], { quiet: false, hint: unavailableHint(config) });
    } catch (err) {
      await session.close();
      throw err;
    }
    return serveUntilStopped(ctx, session);
  },
};
