// Re-ingesting skips unchanged documents BEFORE extracting them: the stored
// content hash and extractor version are read in one statement per chunk, and
// only documents that differ reach the extractor (counted through the pipeline's
// `extract` seam, not by timing).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { extractorVersion } from '../../src/extract/version.js';
import type { Graph } from '../../src/graph/client.js';
import { loadQueries } from '../../src/graph/cypher.js';
import type { DocumentInput } from '../../src/model/document.js';
import { ingestPaths, type IngestOptions } from '../../src/pipeline/ingest.js';
import { capitalize, randomTag } from '../helpers/extraction.js';
import { connectTestGraph } from '../helpers/graph.js';

const q = loadQueries({ counts: 'document-graph-counts' }, join(import.meta.dirname, '..', 'cypher'));

let graph: Graph;
beforeAll(async () => {
  graph = await connectTestGraph('actorgraph-skip-unchanged-test');
});
afterAll(async () => graph.close());

function corpus(tag: string, n: number): DocumentInput[] {
  const T = capitalize(tag);
  const towns = ['Aveiro', 'Braga', 'Coimbra', 'Faro', 'Evora', 'Leiria'];
  return Array.from({ length: n }, (_, i) => ({
    id: `${tag}-${i}`,
    text:
      `Marta ${T}, the mayor of ${towns[i % towns.length]}, opened a new library on Tuesday. ` +
      `The ${T} Reading Society said ${200 + i} volunteers had helped to build it.`,
  }));
}

/** Writes the documents as one JSON-lines file in a fresh folder; returns the folder. */
function writeCorpus(docs: DocumentInput[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'actorgraph-skip-'));
  writeFileSync(join(dir, 'docs.jsonl'), docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  return dir;
}

/** The real extractor, stamping `version` on its output, with the ids it was called for. */
function countingExtractor(version = extractorVersion()): { calls: string[]; opts: Pick<IngestOptions, 'extract' | 'extractorVersion'> } {
  const calls: string[] = [];
  return {
    calls,
    opts: {
      extractorVersion: version,
      extract: (doc) => {
        calls.push(doc.id);
        const e = extract(doc);
        return { ...e, document: { ...e.document, extractorVersion: version } };
      },
    },
  };
}

describe('ingesting documents that are already stored', () => {
  const tag = randomTag();
  const docs = corpus(tag, 6);
  const ids = docs.map((d) => d.id);
  const dir = writeCorpus(docs);

  it('the first ingest extracts every document', async () => {
    const { calls, opts } = countingExtractor();
    const summary = await ingestPaths(graph, [dir], opts);
    expect(summary).toMatchObject({ new: 6, updated: 0, unchanged: 0, failed: 0 });
    expect(calls).toEqual(ids);
  });

  it('a second ingest of the same files extracts nothing, reads the stored states in one statement, and reports all unchanged', async () => {
    const before = await graph.read(q.counts, { prefix: tag });
    const { calls, opts } = countingExtractor();
    const statements = graph.statementCount;
    const summary = await ingestPaths(graph, [dir], opts);
    expect(calls).toEqual([]);
    expect(summary).toMatchObject({ new: 0, updated: 0, unchanged: 6, failed: 0, entities: 0, relations: 0, events: 0 });
    // One batched read for the chunk, and no write transaction at all.
    expect(graph.statementCount - statements).toBe(1);
    expect(await graph.read(q.counts, { prefix: tag })).toEqual(before);
  });

  it('a changed document is extracted again, alone, and the others stay unchanged', async () => {
    const changed = docs.map((d, i) => (i === 2 ? { ...d, text: `${d.text} The library opens every day except Sunday.` } : d));
    const { calls, opts } = countingExtractor();
    const summary = await ingestPaths(graph, [writeCorpus(changed)], opts);
    expect(calls).toEqual([ids[2]]);
    expect(summary).toMatchObject({ new: 0, updated: 1, unchanged: 5, failed: 0 });
  });

  it('a new extractor version extracts every document again, once', async () => {
    const next = `${extractorVersion()}-next-${tag}`;
    const first = countingExtractor(next);
    const summary = await ingestPaths(graph, [dir], first.opts);
    expect(first.calls).toEqual(ids);
    expect(summary).toMatchObject({ new: 0, updated: 6, unchanged: 0, failed: 0 });

    const again = countingExtractor(next);
    expect(await ingestPaths(graph, [dir], again.opts)).toMatchObject({ new: 0, updated: 0, unchanged: 6 });
    expect(again.calls).toEqual([]);
  });
});
