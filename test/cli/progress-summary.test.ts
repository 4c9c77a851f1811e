import { describe, expect, it } from 'vitest';
import { formatIngestSummary, type GraphCounts } from '../../src/cli/ingest-summary.js';
import { runCli as cli } from './run-cli.js';
import { estimateRemaining, plural, progressLine } from '../../src/cli/progress.js';
import type { IngestSummary } from '../../src/pipeline/ingest.js';


describe('usage errors', () => {
  it.each([
    [['ingest'], /^actorgraph ingest: name at least one input/, /^Usage: actorgraph ingest \[--concurrency N\]/],
    [['ingest', '--colour', 'x'], /^actorgraph ingest: Unknown option '--colour'/, /^Usage: actorgraph ingest /],
    [['export', '--format', 'xls'], /^actorgraph export: /, /^Usage: actorgraph export --format/],
    [['neo4j', 'restart'], /^actorgraph neo4j: unknown action "restart"/, /^Usage: actorgraph neo4j start\|stop\|status/],
  ])('%j prints one line, then the one-line usage, exit 2', async (argv, first, second) => {
    const { code, stdout, stderr } = await cli(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(first);
    expect(lines[1]).toMatch(second);
    expect(lines[1]).toContain('--help` for more');
  });

  it('an unknown command names the commands instead of printing the whole help', async () => {
    const { code, stderr } = await cli('ingets', 'x');
    expect(code).toBe(2);
    expect(stderr.trimEnd().split('\n')).toEqual([
      'actorgraph: unknown command "ingets"',
      expect.stringMatching(/^Commands: extract, ingest, delete, export, .*`actorgraph --help` for more/),
    ]);
  });

  it('no command at all is one usage line, --help the whole help', async () => {
    const none = await cli();
    expect(none.code).toBe(2);
    expect(none.stderr.trimEnd().split('\n')).toHaveLength(1);
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout.split('\n').length).toBeGreaterThan(10);
  });
});

describe('ETA', () => {
  it('is unknown until a few documents are done, then follows the pace since the first one', () => {
    // The first document took 5 s (warm-up), the next ones 0.1 s each.
    expect(estimateRemaining(0, 80, undefined, 0)).toBeUndefined();
    expect(estimateRemaining(1, 80, 5000, 5000)).toBeUndefined();
    expect(estimateRemaining(2, 80, 5000, 5100)).toBeUndefined();
    expect(estimateRemaining(3, 80, 5000, 5200)).toBeCloseTo(7.7, 5);
    expect(estimateRemaining(80, 80, 5000, 12_900)).toBe(0);
    expect(estimateRemaining(5, undefined, 5000, 6000)).toBeUndefined();
  });

  it('the first line shows no ETA and no made-up rate', () => {
    const first = progressLine({ done: 0, total: 11, unit: 'docs', elapsedSeconds: 0.01, remainingSeconds: undefined }, false);
    expect(first).toBe('0% 0/11 docs');
    const later = progressLine({ done: 6, total: 11, unit: 'docs', elapsedSeconds: 3, remainingSeconds: 2.5 }, false);
    expect(later).toBe('54% 6/11 docs  2.0 docs/s  ETA 2.5s');
    const done = progressLine({ done: 11, total: 11, unit: 'docs', elapsedSeconds: 5, remainingSeconds: 0 }, false);
    expect(done).toBe('100% 11/11 docs  2.2 docs/s');
  });
});

describe('ingest summary', () => {
  const summary: IngestSummary = { new: 10, updated: 1, unchanged: 0, failed: 1, entities: 258, relations: 1, events: 40, elapsedMs: 8200 };
  const before: GraphCounts = { documents: 3, entities: 30, relations: 0, events: 5 };

  it('counts documents as the progress does, and the graph as it is', () => {
    const after: GraphCounts = { documents: 13, entities: 120, relations: 1, events: 5 };
    expect(formatIngestSummary(summary, before, after)).toBe(
      'documents: 10 new, 1 updated, 0 unchanged, 1 failed (12 in 8.2s)\n' +
        'graph: 13 documents, 120 entities (90 new, 30 already there), 1 relation (all new), 5 events (none new)',
    );
  });

  it('says when an updated document left fewer facts', () => {
    const after: GraphCounts = { documents: 3, entities: 28, relations: 0, events: 5 };
    expect(formatIngestSummary({ ...summary, new: 0, updated: 1, failed: 0 }, before, after)).toMatch(
      /^documents: 0 new, 1 updated, 0 unchanged, 0 failed \(1 in 8\.2s\)\ngraph: 3 documents, 28 entities \(2 fewer\), 0 relations, 5 events \(none new\)$/,
    );
  });

  it.each([
    [1, 'entity', '1 entity'],
    [2, 'entity', '2 entities'],
    [0, 'relation', '0 relations'],
    [1, 'relation', '1 relation'],
    [2, 'day', '2 days'],
  ])('plural(%i, %s) = %s', (n, word, expected) => expect(plural(n, word)).toBe(expected));
});
