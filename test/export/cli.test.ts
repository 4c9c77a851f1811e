import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { parseExportOptions } from '../../src/cli/commands/export.js';
import { UsageError } from '../../src/cli/command.js';
import { runCli as cli } from '../cli/run-cli.js';
import { ExportOutputError, openFileOutput, streamSink } from '../../src/export/output.js';


const options = (flags: Record<string, string | boolean>, positionals: string[] = []) => parseExportOptions({ flags, positionals });

describe('actorgraph export --help', () => {
  it('explains the formats, the filters and how to open the file in Gephi', async () => {
    const { code, stdout } = await cli('export', '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: actorgraph export --format graphml\|gexf\|csv\|json/);
    for (const word of ['GraphML', 'GEXF 1.3', 'nodes.csv', 'edges.csv', '"nodes"', 'Gephi', 'File > Open', '--type', '--since', '--doc-prefix', '--with-documents']) {
      expect(stdout).toContain(word);
    }
  });

  it('is listed by actorgraph --help', async () => {
    expect((await cli('--help')).stdout).toMatch(/^\s+export\s+export the graph as GraphML, GEXF/m);
  });

  it('refuses an --out of the wrong kind before touching Neo4j', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'actorgraph-export-kind-'));
    try {
      const folder = await cli('export', '--format', 'gexf', '--out', dir);
      expect(folder.code).toBe(2);
      expect(folder.stderr).toContain('is a folder; gexf writes one file');
      const file = join(dir, 'graph.json');
      writeFileSync(file, '{}');
      const csv = await cli('export', '--format', 'csv', '--out', file);
      expect(csv.code).toBe(2);
      expect(csv.stderr).toContain('is a file; csv writes nodes.csv and edges.csv into a folder');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses csv without a folder before touching Neo4j, saying why', async () => {
    const { code, stderr } = await cli('export', '--format', 'csv');
    expect(code).toBe(2);
    expect(stderr).toContain('csv writes two files, nodes.csv and edges.csv');
  });
});

describe('export options', () => {
  it('takes the format from the --out extension, and stdout for - or no --out', () => {
    expect(options({ out: 'graph.GEXF' })).toMatchObject({ format: 'gexf', out: 'graph.GEXF' });
    expect(options({ out: 'g.graphml' }).format).toBe('graphml');
    expect(options({ format: 'json', out: '-' }).out).toBeUndefined();
    expect(options({ format: 'graphml' })).toMatchObject({ out: undefined, pageSize: 1000, quiet: false });
  });

  it('exports every actor, place and event by default', () => {
    expect(options({ format: 'json' }).filter).toEqual({
      entityTypes: ['Person', 'Organization', 'Group', 'Place'],
      events: true,
      documents: false,
      docPrefix: null,
      since: null,
      until: null,
    });
  });

  it('reads --type as node kinds, in any case, Actor standing for the three actor types', () => {
    expect(options({ format: 'json', type: 'person, organization' }).filter).toMatchObject({ entityTypes: ['Person', 'Organization'], events: false });
    expect(options({ format: 'json', type: 'Actor,Event' }).filter).toMatchObject({ entityTypes: ['Person', 'Organization', 'Group'], events: true });
    expect(options({ format: 'json', type: 'Event' }).filter).toMatchObject({ entityTypes: [], events: true });
  });

  it('adds documents only when asked', () => {
    expect(options({ format: 'json', 'with-documents': true }).filter.documents).toBe(true);
  });

  it('keeps dates at their precision and filters by sub-corpus', () => {
    expect(options({ format: 'json', since: '2013', until: '2013-11-17', 'doc-prefix': 'chile-' }).filter).toMatchObject({
      since: '2013',
      until: '2013-11-17',
      docPrefix: 'chile-',
    });
    // Same month at two precisions: the periods overlap.
    expect(options({ format: 'json', since: '2024-05-10', until: '2024-05' }).filter.since).toBe('2024-05-10');
  });

  it.each([
    [{}, /name the format/],
    [{ out: 'graph.txt' }, /cannot tell it from "graph.txt"/],
    [{ format: 'dot' }, /--format must be one of/],
    [{ format: 'csv', out: '-' }, /--out DIR/],
    [{ format: 'json', type: 'Person,Planet' }, /unknown node kind "Planet"/],
    [{ format: 'json', type: ' , ' }, /at least one node kind/],
    [{ format: 'json', since: '2024-13' }, /--since must be a date/],
    [{ format: 'json', until: '17/11/2013' }, /--until must be a date/],
    [{ format: 'json', since: '2024-06', until: '2024-05-31' }, /is after --until/],
    [{ format: 'json', 'doc-prefix': '' }, /must not be empty/],
    [{ format: 'json', 'page-size': '0' }, /--page-size must be a whole number/],
  ] as Array<[Record<string, string>, RegExp]>)('refuses %j', (flags, message) => {
    expect(() => options(flags)).toThrow(UsageError);
    expect(() => options(flags)).toThrow(message);
  });

  it('refuses a positional argument, pointing at --out', () => {
    expect(() => options({ format: 'json' }, ['graph.json'])).toThrow(/--out PATH/);
  });
});

describe('export output files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'actorgraph-export-out-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('appear under their name only when committed', async () => {
    const path = join(dir, 'graph.json');
    const file = await openFileOutput(path);
    await file.sink.write('{"nodes":[],');
    expect(existsSync(path)).toBe(false);
    await file.sink.write('"edges":[]}\n');
    await file.commit();
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ nodes: [], edges: [] });
    expect(readdirSync(dir)).toEqual(['graph.json']);
  });

  it('leave nothing behind when aborted, and an earlier file untouched', async () => {
    const path = join(dir, 'graph.json');
    const file = await openFileOutput(path);
    await file.sink.write('half a file');
    await file.abort();
    expect(readdirSync(dir)).toEqual(['graph.json']);
    expect(readFileSync(path, 'utf8')).toContain('"edges"');
  });

  it('fail with the path when the folder does not exist', async () => {
    const path = join(dir, 'missing', 'graph.gexf');
    await expect(openFileOutput(path)).rejects.toThrow(ExportOutputError);
    await expect(openFileOutput(path)).rejects.toThrow(path);
  });

  it('wait for a full stream to drain before the next write', async () => {
    const received: string[] = [];
    let release: (() => void) | undefined;
    const slow = new Writable({
      highWaterMark: 4,
      write(chunk: Buffer, _enc, done) {
        received.push(chunk.toString());
        release = done;
      },
    });
    const sink = streamSink(slow, 'slow');
    let finished = false;
    const pending = sink.write('more than four bytes').then(() => {
      finished = true;
    });
    await new Promise((r) => setImmediate(r));
    expect(received).toEqual(['more than four bytes']);
    expect(finished).toBe(false);
    release!();
    await pending;
    expect(finished).toBe(true);
  });
});
