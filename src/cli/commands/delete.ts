import { deleteDocument } from '../../graph/document-writer.js';
import { type Command, UsageError } from '../command.js';
import { openGraphSession } from '../graph-session.js';

export const deleteCommand: Command = {
  name: 'delete',
  summary: "Retract documents: remove their facts, and nodes that nothing else supports.",
  usage: 'delete DOC_ID ...',
  description: `
Each document is retracted in one transaction: its sentences and mentions,
its claims (aggregated relations lose this source, and disappear when no
source is left), its event reports (events no document reports are removed),
and entities no other document refers to.`,
  async run(ctx) {
    if (ctx.positionals.length === 0) throw new UsageError('name at least one document id');
    const session = await openGraphSession(ctx.config, { log: ctx.log, app: 'actorgraph-delete' });
    let missing = 0;
    try {
      for (const id of ctx.positionals) {
        const existed = await deleteDocument(session.graph, id);
        if (existed) ctx.stdout.write(`deleted ${id}\n`);
        else {
          missing++;
          ctx.log(`error: no document with id "${id}"`);
        }
      }
    } finally {
      await session.close();
    }
    return missing > 0 ? 1 : 0;
  },
};
