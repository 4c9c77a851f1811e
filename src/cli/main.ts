import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../config.js';
import { ActorgraphError } from '../model/errors.js';
import { PACKAGE_ROOT } from '../paths.js';
import { type Command, type CommandContext, formatCommandHelp, formatUsageLine, parseCommandArgs, UsageError } from './command.js';

/**
 * Commands are loaded lazily so `actorgraph --help` starts fast and a command
 * pays only for the modules it uses (compromise, neo4j-driver, graphql).
 */
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  extract: {
    summary: 'extract entities, relations and events from files (no database)',
    load: async () => (await import('./commands/extract.js')).extractCommand,
  },
  ingest: {
    summary: 'extract documents and write their facts into Neo4j',
    load: async () => (await import('./commands/ingest.js')).ingestCommand,
  },
  delete: {
    summary: "retract documents and the facts only they support",
    load: async () => (await import('./commands/delete.js')).deleteCommand,
  },
  export: {
    summary: 'export the graph as GraphML, GEXF (Gephi), CSV or JSON',
    load: async () => (await import('./commands/export.js')).exportCommand,
  },
  start: {
    summary: 'Neo4j up, schema applied, samples ingested, API served (npm start)',
    load: async () => (await import('./commands/start.js')).startCommand,
  },
  serve: {
    summary: 'serve GraphQL and /health over HTTP',
    load: async () => (await import('./commands/serve.js')).serveCommand,
  },
  migrate: {
    summary: 'apply the Neo4j schema (constraints, indexes)',
    load: async () => (await import('./commands/migrate.js')).migrateCommand,
  },
  neo4j: {
    summary: 'start, stop or check the local embedded Neo4j',
    load: async () => (await import('./commands/neo4j.js')).neo4jCommand,
  },
};

function version(): string {
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
  return [
    'actorgraph: news text in, a knowledge graph of actors and events out (Neo4j + GraphQL).',
    '',
    'Usage: actorgraph <command> [options]',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `actorgraph <command> --help` for a command\'s options.',
    'Neo4j: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) to use your own server;',
    'without it, actorgraph uses the local embedded Neo4j (Java 17+) of your user',
    '(~/.local/share/actorgraph/neo4j or ACTORGRAPH_DATA_DIR), the running one if any.',
  ].join('\n');
}

/** Runs the CLI and returns the exit code; only bin/actorgraph.js sets it on the process. */
export async function run(
  argv: string[],
  io: { stdout?: NodeJS.WritableStream; stderr?: NodeJS.WritableStream; env?: Record<string, string | undefined> } = {},
): Promise<number> {
  const stdout = io.stdout ?? process.stdout;
  const stderr = io.stderr ?? process.stderr;
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    stdout.write(mainHelp() + '\n');
    return 0;
  }
  if (!name) {
    stderr.write(`Usage: actorgraph <command> [options]   (commands: ${Object.keys(COMMANDS).join(', ')}; \`actorgraph --help\` for more)\n`);
    return 2;
  }
  if (name === '--version' || name === '-v') {
    stdout.write(version() + '\n');
    return 0;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    stderr.write(`actorgraph: unknown command "${name}"\nCommands: ${Object.keys(COMMANDS).join(', ')}. Run \`actorgraph --help\` for more.\n`);
    return 2;
  }
  const cmd = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    stdout.write(formatCommandHelp(cmd) + '\n');
    return 0;
  }
  try {
    const parsed = parseCommandArgs(cmd, rest);
    const config = loadConfig(io.env ?? process.env);
    const ctx: CommandContext = { ...parsed, stdout, stderr, config, log: (line) => stderr.write(line + '\n') };
    return await cmd.run(ctx);
  } catch (err) {
    if (err instanceof UsageError) {
      stderr.write(`actorgraph ${name}: ${err.message}\n${formatUsageLine(cmd)}\n`);
      return 2;
    }
    // Expected failures print one line: ours (ActorgraphError) and the system's (a file or socket
    // refused, which names the path or address); anything else is a bug and prints its stack.
    if (err instanceof ActorgraphError || isSystemError(err)) stderr.write(`actorgraph ${name}: ${(err as Error).message}\n`);
    else stderr.write(`actorgraph ${name}: unexpected error\n${(err as Error).stack ?? String(err)}\n`);
    return 1;
  }
}

/** An error of a system call (ENOENT, EACCES, EADDRINUSE…): Node names the call and the path or address. */
function isSystemError(err: unknown): err is NodeJS.ErrnoException {
  return err instanceof Error && typeof (err as NodeJS.ErrnoException).code === 'string' && typeof (err as NodeJS.ErrnoException).syscall === 'string';
}
