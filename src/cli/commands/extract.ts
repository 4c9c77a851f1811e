import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extract } from '../../extract/index.js';
import { loadRelationModel, type RelationModel } from '../../extract/relations/learned/index.js';
import { expandInputs, readDocuments } from '../../pipeline/inputs.js';
import { type Command, UsageError } from '../command.js';

export const extractCommand: Command = {
  name: 'extract',
  summary: 'Extract actors, places, relations and events from documents, without touching Neo4j.',
  usage: 'extract [--out DIR] [--relation-model FILE|none] FILE|DIR|GLOB|- ...',
  description: `
Reads .txt, .md, .json ({id, title?, text, publishedAt?, url?}) and .jsonl files
(one such object per line), folders (recursively; README files skipped), globs, or - for JSON lines on stdin.
Without --out, prints one extraction JSON object per line on stdout; with --out,
writes DIR/<id>.json for each document. A bad input is reported on stderr as
"file[:line]: problem" and the other inputs go on; the exit code is 1 if any failed.

Example:
  actorgraph extract --out /tmp/pred ingest/samples`,
  flags: {
    out: { type: 'string', short: 'o', value: 'DIR', description: 'write one <id>.json per document into DIR' },
    pretty: { type: 'boolean', description: 'indent the JSON output' },
    'relation-model': { type: 'string', value: 'FILE', description: 'weights of the learned relation classifier (default: the committed ingest/models/relation-classifier.json; "none": rules only)' },
  },
  async run(ctx) {
    if (ctx.positionals.length === 0) throw new UsageError('name at least one input file, folder or glob');
    const outDir = typeof ctx.flags.out === 'string' ? ctx.flags.out : undefined;
    if (outDir) await mkdir(outDir, { recursive: true });
    const indent = ctx.flags.pretty ? 2 : undefined;
    const relationModel = relationModelFlag(ctx.flags['relation-model']);
    const { files, errors } = await expandInputs(ctx.positionals);
    let failed = errors.length;
    let done = 0;
    for (const e of errors) ctx.log(`error: ${e.describe()}`);
    for (const file of files) {
      for await (const item of readDocuments(file)) {
        if (item.kind === 'error') {
          failed++;
          ctx.log(`error: ${item.error.describe()}`);
          continue;
        }
        let json: string;
        try {
          json = JSON.stringify(extract(item.doc, { relationModel }), null, indent);
        } catch (err) {
          failed++;
          ctx.log(`error: ${item.source}: extraction failed: ${(err as Error).message}`);
          continue;
        }
        if (outDir) {
          const target = join(outDir, `${safeFileName(item.doc.id)}.json`);
          // Write then rename, so a reader never sees a half-written file.
          await writeFile(`${target}.tmp`, json + '\n');
          await rename(`${target}.tmp`, target);
        } else {
          ctx.stdout.write(json + '\n');
        }
        done++;
      }
    }
    if (outDir || failed > 0) ctx.log(`extracted ${done} document(s)${failed ? `, ${failed} failed` : ''}`);
    return failed > 0 ? 1 : 0;
  },
};

/** The classifier named by --relation-model, loaded once: undefined keeps the committed one, "none" turns it off. */
function relationModelFlag(value: unknown): RelationModel | null | undefined {
  if (typeof value !== 'string') return undefined;
  if (value === 'none') return null;
  try {
    return loadRelationModel(value);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

function safeFileName(id: string): string {
  return id.replace(/[/\\:*?"<>|\0]/g, '_');
}
