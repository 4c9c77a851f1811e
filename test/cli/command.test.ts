import { describe, expect, it } from 'vitest';
import { type Command, formatCommandHelp, intFlag, parseCommandArgs, UsageError } from '../../src/cli/command.js';

const cmd: Command = {
  name: 'demo',
  summary: 'A command for the parser tests.',
  usage: 'demo [--port N] [--pretty] FILE...',
  flags: {
    port: { type: 'string', value: 'N', description: 'port (env PORT)', default: '4000' },
    pretty: { type: 'boolean', description: 'indent output' },
  },
  run: async () => 0,
};

describe('command-line flags', () => {
  it('leaves an unset flag undefined, so the environment behind it still counts', () => {
    const { flags, positionals } = parseCommandArgs(cmd, ['a.txt', 'b.txt']);
    expect(flags.port).toBeUndefined();
    expect(positionals).toEqual(['a.txt', 'b.txt']);
    // The command's fallback (here: what PORT said) wins over the help default.
    expect(intFlag({ flags, positionals, log: () => {}, stdout: process.stdout }, 'port', 5123, 0, 65535)).toBe(5123);
  });

  it('lets a given flag override the fallback', () => {
    const parsed = parseCommandArgs(cmd, ['--port', '8080', '--pretty']);
    expect(parsed.flags.pretty).toBe(true);
    expect(intFlag({ ...parsed, log: () => {}, stdout: process.stdout }, 'port', 5123, 0, 65535)).toBe(8080);
  });

  it('names the flag when its value is out of range or not a number', () => {
    const parsed = parseCommandArgs(cmd, ['--port', 'http']);
    expect(() => intFlag({ ...parsed, log: () => {}, stdout: process.stdout }, 'port', 1, 0, 65535)).toThrow(/--port must be a whole number from 0 to 65535, got "http"/);
  });

  it('turns unknown flags into a UsageError', () => {
    expect(() => parseCommandArgs(cmd, ['--colour'])).toThrow(UsageError);
  });

  it('shows defaults in help', () => {
    const help = formatCommandHelp(cmd);
    expect(help).toContain('Usage: actorgraph demo [--port N] [--pretty] FILE...');
    expect(help).toMatch(/--port N\s+port \(env PORT\) \(default: 4000\)/);
  });
});
