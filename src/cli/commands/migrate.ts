import { migrate } from '../../graph/migrations.js';
import { type Command, UsageError } from '../command.js';
import { openGraphSession } from '../graph-session.js';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Apply the schema (constraints, indexes, full-text indexes) to Neo4j.',
  usage: 'migrate',
  description: `
Applies cypher/schema/*.cypher in file-name order and records each applied
file in the graph as a (:SchemaMigration) node. Safe to run any number of
times; every command that uses the graph also does this at startup.`,
  async run(ctx) {
    if (ctx.positionals.length > 0) throw new UsageError(`unexpected argument "${ctx.positionals[0]}"`);
    const session = await openGraphSession(ctx.config, { log: ctx.log, migrate: false });
    try {
      const report = await migrate(session.graph);
      ctx.stdout.write(
        `${session.describe}: applied ${report.applied.length ? report.applied.join(', ') : 'nothing'}; ` +
          `${report.unchanged.length} already up to date\n`,
      );
      return 0;
    } finally {
      await session.close();
    }
  },
};
