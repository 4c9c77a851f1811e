import { parseArgs } from 'node:util';
import type { Config } from '../config.js';
import { ActorgraphError } from '../model/errors.js';

/** A flag of a command, as `node:util` parseArgs understands it, plus help text. */
export interface FlagSpec {
  type: 'string' | 'boolean';
  short?: string;
  description: string;
  /**
   * Shown in help only. Not applied by the parser: a command falls back to its
   * configuration (environment, then built-in default), so an unset flag never
   * hides an environment variable.
   */
  default?: string | boolean;
  multiple?: boolean;
  /** Placeholder in help, e.g. "DIR". */
  value?: string;
}

export interface CommandContext {
  flags: Record<string, string | boolean | string[] | boolean[] | undefined>;
  positionals: string[];
  /** Prints to stderr: progress and diagnostics never pollute stdout, which carries data. */
  log: (line: string) => void;
  stdout: NodeJS.WritableStream;
  /** Where `log` writes; progress bars draw here. */
  stderr: NodeJS.WritableStream;
  /** The configuration, read from the environment once per run by main. */
  config: Config;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Longer help: what it does, examples. */
  description?: string;
  flags?: Record<string, FlagSpec>;
  /** Returns the exit code. Throws UsageError for bad arguments. */
  run(ctx: CommandContext): Promise<number>;
}

/** Bad command-line usage: printed with the command's usage, exit code 2. */
export class UsageError extends ActorgraphError<'USAGE'> {
  constructor(message: string) {
    super('USAGE', message);
  }
}

export function parseCommandArgs(cmd: Command, argv: string[]): Pick<CommandContext, 'flags' | 'positionals'> {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {};
  for (const [name, spec] of Object.entries(cmd.flags ?? {})) {
    options[name] = { type: spec.type };
    if (spec.short) options[name].short = spec.short;
    if (spec.multiple) options[name].multiple = true;
  }
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { flags: values as CommandContext['flags'], positionals };
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ''));
  }
}

export function formatCommandHelp(cmd: Command): string {
  const lines = [`Usage: actorgraph ${cmd.usage}`, '', cmd.summary];
  if (cmd.description) lines.push('', cmd.description.trim());
  const flags = Object.entries(cmd.flags ?? {});
  if (flags.length > 0) {
    lines.push('', 'Options:');
    const rows = flags.map(([name, f]) => [
      `${f.short ? `-${f.short}, ` : '    '}--${name}${f.value ? ` ${f.value}` : ''}`,
      `${f.description}${f.default !== undefined && f.default !== false ? ` (default: ${String(f.default)})` : ''}`,
    ]);
    const width = Math.max(...rows.map((r) => r[0]!.length));
    for (const [left, right] of rows) lines.push(`  ${left!.padEnd(width)}  ${right}`);
  }
  return lines.join('\n');
}

/** What a usage error prints after its one-line message: the usage, and where the rest is. */
export function formatUsageLine(cmd: Command): string {
  return `Usage: actorgraph ${cmd.usage}   (\`actorgraph ${cmd.name} --help\` for more)`;
}

/** Reads a numeric flag with bounds, or throws a UsageError naming it. */
export function intFlag(ctx: Pick<CommandContext, 'flags'> & Partial<CommandContext>, name: string, fallback: number, min: number, max: number): number {
  const raw = ctx.flags[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got "${String(raw)}"`);
  }
  return n;
}
