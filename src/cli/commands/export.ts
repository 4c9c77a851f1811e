import { stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { type ExportOutput, type ExportSummary, exportGraph } from '../../export/export-graph.js';
import { EXPORT_FORMATS, type ExportFormat, FORMAT_NAMES } from '../../export/formats.js';
import { ExportOutputError, openExportOutputs } from '../../export/output.js';
import type { Graph } from '../../graph/client.js';
import { EXPORT_ALL, type ExportFilter, graphExportSource } from '../../graph/export-source.js';
import { isPartialDate } from '../../model/dates.js';
import { ACTOR_TYPES, type EntityType } from '../../model/ontology.js';
import { type Command, type CommandContext, intFlag, UsageError } from '../command.js';
import { openGraphSession } from '../graph-session.js';
import { createProgress, formatDuration, type ProgressReporter } from '../progress.js';

/** Node kinds --type accepts (any case); "Actor" stands for the three actor types. */
const NODE_TYPES: Record<string, { entityTypes: EntityType[]; events: boolean }> = {
  person: { entityTypes: ['Person'], events: false },
  organization: { entityTypes: ['Organization'], events: false },
  group: { entityTypes: ['Group'], events: false },
  place: { entityTypes: ['Place'], events: false },
  event: { entityTypes: [], events: true },
  actor: { entityTypes: [...ACTOR_TYPES], events: false },
};


export const exportCommand: Command = {
  name: 'export',
  summary: 'Export the graph of actors, places and events as GraphML, GEXF, CSV or JSON.',
  usage: 'export --format graphml|gexf|csv|json [--out PATH] [--type KINDS] [--since DATE] [--until DATE]',
  description: `
Nodes are actors (Person, Organization, Group), places and events; edges are
the relations between entities (predicate, sourceCount, confidence, docIds),
participations in events (PARTICIPATED_IN, with the role) and the places of
events (AT). Every node has the attributes id, label (the name, or "Type date"
for an event), kind (Actor, Place, Event), type, aliases, mentionCount,
documentCount, date and sourceCount. Documents are left out unless
--with-documents adds them (label: the title, date: the publication date),
with a REFERS_TO edge to each entity they name (weight: its mentions).

Formats:
  graphml  GraphML, one file; Gephi, yEd, Cytoscape, networkx (nx.read_graphml),
           igraph and graphology read it
  gexf     GEXF 1.3, one file, Gephi's own format (also nx.read_gexf and
           graphology-gexf): nodes coloured by type, weight = sourceCount
Every edge is directed; OPPOSES and RELATIVE_OF, whose direction means nothing,
carry directed=false as an attribute (a mixed graph is refused by networkx).
  csv      two files, DIR/nodes.csv and DIR/edges.csv (RFC 4180; lists joined
           by "|"): --out DIR is required
  json     one object {"nodes": [...], "edges": [...]}, one item per line
The format is taken from the --out extension (.graphml, .gexf, .json) when
--format is not given. Without --out (or with -), the file goes to stdout.

Open it in Gephi: File > Open, pick the .gexf (or .graphml) file, keep the
graph type "Directed", then Appearance > Nodes > Partition >
"type" to colour, and Layout > ForceAtlas 2 to lay it out. For the CSV pair,
use File > Import spreadsheet: nodes.csv as a nodes table, then edges.csv as
an edges table.

The graph is read page by page and written as it is read, so the export of a
large graph does not sit in memory; a file appears only when it is complete.

Examples:
  actorgraph export --out graph.gexf
  actorgraph export --format graphml --type Actor,Event --since 2020 > actors.graphml
  actorgraph export --format csv --out export/`,
  flags: {
    format: { type: 'string', short: 'f', value: 'FORMAT', description: 'graphml, gexf, csv or json' },
    out: { type: 'string', short: 'o', value: 'PATH', description: 'the file to write (a folder for csv); - or absent: stdout' },
    type: {
      type: 'string',
      short: 't',
      value: 'KINDS',
      description: 'node kinds to keep, comma-separated: Person, Organization, Group, Place, Event, or Actor for the three actor types',
    },
    since: { type: 'string', value: 'DATE', description: 'only events dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD); undated events are left out' },
    until: { type: 'string', value: 'DATE', description: 'only events dated on or before DATE; undated events are left out' },
    'with-documents': { type: 'boolean', description: 'add the documents as nodes (kind Document), with REFERS_TO edges to the entities they name' },
    'doc-prefix': { type: 'string', value: 'PREFIX', description: 'only what documents whose id starts with PREFIX support (a sub-corpus)' },
    'page-size': { type: 'string', value: 'N', description: 'nodes read from Neo4j per query', default: '1000' },
    quiet: { type: 'boolean', short: 'q', description: 'no progress, only the summary' },
  },
  async run(ctx) {
    const options = parseExportOptions(ctx);
    await checkOutPath(options);
    const outputs = await openExportOutputs(options.format, options.out, ctx.stdout);
    let summary: ExportSummary;
    const started = performance.now();
    try {
      const session = await openGraphSession(ctx.config, { log: ctx.log, app: 'actorgraph-export', migrate: false });
      try {
        summary = await runExport(ctx, session.graph, options, outputs.outputs);
        // An empty export is most often the wrong graph, not an empty world: say which graph it read.
        if (summary.nodes === 0) ctx.log(`note: nothing to export from the ${session.describe}; is this the graph you meant? (NEO4J_URI or ACTORGRAPH_DATA_DIR choose another)`);
      } finally {
        await session.close();
      }
      await outputs.commit();
    } catch (err) {
      await outputs.abort();
      // A reader that stops early (`| head`) closes the pipe: the export is over, not broken.
      if (options.out === undefined && err instanceof ExportOutputError && (err.cause as { code?: string } | undefined)?.code === 'EPIPE') return 0;
      throw err;
    }
    ctx.log(formatExportSummary(summary, options, outputs.description, (performance.now() - started) / 1000));
    return 0;
  },
};

export interface ExportOptions {
  format: ExportFormat;
  /** Undefined: stdout. A folder for csv. */
  out: string | undefined;
  filter: ExportFilter;
  pageSize: number;
  quiet: boolean;
}

/** Reads and checks the flags; every mistake is a UsageError naming the flag. */
export function parseExportOptions(ctx: Pick<CommandContext, 'flags' | 'positionals'>): ExportOptions {
  if (ctx.positionals.length > 0) throw new UsageError(`unexpected argument "${ctx.positionals[0]}" (the output goes to --out PATH)`);
  const str = (name: string) => (typeof ctx.flags[name] === 'string' ? (ctx.flags[name] as string) : undefined);
  const rawOut = str('out');
  const out = rawOut === undefined || rawOut === '-' ? undefined : rawOut;
  let format = str('format')?.toLowerCase();
  if (format === undefined) {
    const ext = out ? extname(out).slice(1).toLowerCase() : '';
    if (ext === 'graphml' || ext === 'gexf' || ext === 'json') format = ext;
    else throw new UsageError(`name the format with --format ${EXPORT_FORMATS.join('|')}${out ? ` (cannot tell it from "${out}")` : ''}`);
  }
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, got "${format}"`);
  }
  if (format === 'csv' && out === undefined) {
    throw new UsageError('csv writes two files, nodes.csv and edges.csv: give the folder to write them into with --out DIR');
  }

  const filter: ExportFilter = { ...EXPORT_ALL, entityTypes: [...EXPORT_ALL.entityTypes] };
  const types = str('type');
  if (types !== undefined) {
    const entityTypes = new Set<EntityType>();
    let events = false;
    for (const name of types.split(',').map((s) => s.trim()).filter(Boolean)) {
      const kind = NODE_TYPES[name.toLowerCase()];
      if (!kind) throw new UsageError(`--type: unknown node kind "${name}" (use Person, Organization, Group, Place, Event or Actor)`);
      kind.entityTypes.forEach((t) => entityTypes.add(t));
      events ||= kind.events;
    }
    if (entityTypes.size === 0 && !events) throw new UsageError('--type: name at least one node kind');
    filter.entityTypes = [...entityTypes];
    filter.events = events;
  }
  for (const bound of ['since', 'until'] as const) {
    const value = str(bound);
    if (value === undefined) continue;
    if (!isPartialDate(value)) {
      throw new UsageError(`--${bound} must be a date as YYYY, YYYY-MM or YYYY-MM-DD, got "${value}"`);
    }
    filter[bound] = value;
  }
  // Periods: "2024-05-10" to "2024-05" overlap, "2024-06" to "2024-05-31" do not.
  if (filter.since && filter.until && filter.since > `${filter.until}~`) {
    throw new UsageError(`--since ${filter.since} is after --until ${filter.until}`);
  }
  const prefix = str('doc-prefix');
  if (prefix !== undefined) {
    if (prefix === '') throw new UsageError('--doc-prefix must not be empty');
    filter.docPrefix = prefix;
  }
  filter.documents = ctx.flags['with-documents'] === true;
  return {
    format: format as ExportFormat,
    out,
    filter,
    pageSize: intFlag(ctx, 'page-size', 1000, 1, 100_000),
    quiet: ctx.flags.quiet === true,
  };
}

/** An --out that names a file where a folder is needed, or the other way round, is a usage mistake. */
async function checkOutPath(options: ExportOptions): Promise<void> {
  if (options.out === undefined) return;
  const existing = await stat(options.out).catch(() => undefined);
  if (options.format === 'csv' && existing && !existing.isDirectory()) {
    throw new UsageError(`--out ${options.out} is a file; csv writes nodes.csv and edges.csv into a folder`);
  }
  if (options.format !== 'csv' && existing?.isDirectory()) {
    throw new UsageError(`--out ${options.out} is a folder; ${options.format} writes one file: name it (e.g. ${join(options.out, `graph.${options.format}`)})`);
  }
}

/** Streams the graph into the outputs, with progress on a terminal. */
async function runExport(
  ctx: CommandContext,
  graph: Graph,
  options: ExportOptions,
  outputs: ExportOutput[],
): Promise<ExportSummary> {
  const showProgress = !options.quiet && (ctx.stderr as NodeJS.WriteStream).isTTY === true;
  let progress: ProgressReporter | undefined;
  let phase: 'nodes' | 'edges' | undefined;
  const summary = await exportGraph(graphExportSource(graph, options.filter, { pageSize: options.pageSize }), outputs, {
    ...(showProgress && {
      onProgress: (p) => {
        if (p.phase !== phase) {
          progress?.finish();
          progress = createProgress(ctx.stderr, p.phase);
          phase = p.phase;
        }
        progress!.update(p.phase === 'nodes' ? p.nodes : p.edges, undefined, `reading ${p.phase}`);
      },
    }),
  });
  progress?.finish();
  if (summary.danglingEdges > 0) {
    ctx.log(`warning: ${summary.danglingEdges} edge(s) left out, an end not being among the exported nodes: the graph changed during the export (an ingest or delete ran)`);
  }
  return summary;
}

export function formatExportSummary(s: ExportSummary, options: Pick<ExportOptions, 'format'>, where: string, seconds: number): string {
  const kinds = [count(s.byKind.Actor ?? 0, 'actor'), count(s.byKind.Place ?? 0, 'place'), count(s.byKind.Event ?? 0, 'event')];
  if (s.byKind.Document) kinds.push(count(s.byKind.Document, 'document'));
  return `exported ${count(s.nodes, 'node')} (${kinds.join(', ')}) and ${count(s.edges, 'edge')} as ${FORMAT_NAMES[options.format]} to ${where} in ${formatDuration(seconds)}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
