import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Graph } from '../../src/graph/client.js';
import { loadQueries } from '../../src/graph/cypher.js';
import { GraphError } from '../../src/graph/errors.js';
import { ingestPaths } from '../../src/pipeline/ingest.js';
import { capitalize, randomTag } from '../helpers/extraction.js';
import { connectTestGraph } from '../helpers/graph.js';

const q = loadQueries({ duplicates: 'duplicates', counts: 'document-graph-counts' }, join(import.meta.dirname, '..', 'cypher'));
const root = join(import.meta.dirname, '..', '..');

let graph: Graph;
beforeAll(async () => {
  graph = await connectTestGraph('actorgraph-pipeline-test');
});
afterAll(async () => graph.close());

/** News-like documents whose actors recur, tagged so this file's data is its own. */
function corpus(tag: string, n: number) {
  const T = capitalize(tag);
  const cities = ['Lisbon', 'Porto', 'Madrid', 'Lyon', 'Turin'];
  return Array.from({ length: n }, (_, i) => ({
    id: `${tag}-${String(i).padStart(3, '0')}`,
    publishedAt: `2024-05-${String((i % 27) + 1).padStart(2, '0')}`,
    text:
      `Ana ${T}, the leader of the ${T} Workers Union, called a strike in ${cities[i % cities.length]} on Monday. ` +
      `The ${T} Workers Union said ${1000 + i} dockworkers had joined the walkout. ` +
      `Minister Paulo ${T}${String.fromCharCode(97 + (i % 5))} criticised the union.`,
  }));
}
const jsonl = (docs: object[]) => docs.map((d) => JSON.stringify(d)).join('\n') + '\n';

function runCli(args: string[]): Promise<{ code: number; stderr: string }> {
  const neo4j = inject('neo4j');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'test', 'helpers', 'cli-from-source.ts'), ...args], {
      cwd: root,
      env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, ...(neo4j.database && { NEO4J_DATABASE: neo4j.database }) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stderr }));
  });
}

describe('two ingest processes at the same time', () => {
  const tag = randomTag();
  const dir = mkdtempSync(join(tmpdir(), 'actorgraph-concurrent-'));
  const docs = corpus(tag, 40);
  // Overlapping halves: documents 10..29 are in both files.
  writeFileSync(join(dir, 'first.jsonl'), jsonl(docs.slice(0, 30)));
  writeFileSync(join(dir, 'second.jsonl'), jsonl(docs.slice(10)));

  it('leave no duplicate node, sentence, mention or event report', async () => {
    const [a, b] = await Promise.all([runCli(['ingest', '-c', '4', join(dir, 'first.jsonl')]), runCli(['ingest', '-c', '4', join(dir, 'second.jsonl')])]);
    expect(a.stderr).not.toMatch(/error:/);
    expect([a.code, b.code]).toEqual([0, 0]);
    const [dups] = await graph.read(q.duplicates, { tag });
    expect(dups).toEqual({ documents: 40, duplicateEntities: 0, wrongSentenceCounts: 0, duplicateMentions: 0, duplicateReports: 0 });
    // Each document was written once and found unchanged, or written by both and found unchanged by the later one.
    const summaries = [a.stderr, b.stderr].map((s) => s.match(/(\d+) new, (\d+) updated, (\d+) unchanged, (\d+) failed/)!.slice(1).map(Number));
    expect(summaries[0]![0]! + summaries[1]![0]!).toBe(40);
  });

  it('ingesting the same corpus again changes no count', async () => {
    const before = await graph.read(q.counts, { prefix: tag });
    const summary = await ingestPaths(graph, [dir]);
    expect(summary).toMatchObject({ new: 0, updated: 0, unchanged: 60, failed: 0 });
    expect(await graph.read(q.counts, { prefix: tag })).toEqual(before);
    expect(before[0]).toMatchObject({ documents: 40, sentences: 120 });
  });
});

describe('bad input among good documents', () => {
  it('is reported by file and line, and the good documents are written', async () => {
    const tag = randomTag();
    const dir = mkdtempSync(join(tmpdir(), 'actorgraph-bad-'));
    const [good1, good2] = corpus(tag, 2);
    writeFileSync(join(dir, 'a-good.json'), JSON.stringify(good1));
    writeFileSync(join(dir, 'b-empty.txt'), '');
    writeFileSync(join(dir, 'c-binary.txt'), Buffer.from([0, 1, 2, 3, 255]));
    writeFileSync(join(dir, 'd-mixed.jsonl'), `${JSON.stringify(good2)}\n{"id": "${tag}-broken", "text": \n{"id": "${tag}-notext"}\n`);
    const errors: string[] = [];
    const summary = await ingestPaths(graph, [dir], { onError: (e) => errors.push(e.describe()) });
    expect(summary).toMatchObject({ new: 2, failed: 4 });
    expect(errors).toEqual([
      `${join(dir, 'b-empty.txt')}: empty file`,
      `${join(dir, 'c-binary.txt')}: binary file (contains NUL bytes), not text`,
      expect.stringMatching(/d-mixed\.jsonl:2: invalid JSON/),
      `${join(dir, 'd-mixed.jsonl')}:3: missing "text" (a string)`,
    ]);
    const [dups] = await graph.read(q.duplicates, { tag });
    expect(dups).toMatchObject({ documents: 2 });
  });

  it('a document whose write fails leaves nothing, and the others of its group are written', async () => {
    const tag = randomTag();
    const dir = mkdtempSync(join(tmpdir(), 'actorgraph-fail-'));
    const docs = corpus(tag, 3);
    writeFileSync(join(dir, 'docs.jsonl'), jsonl(docs));
    const errors: string[] = [];
    const bad = docs[0]!.id;
    const transactions: string[][] = [];
    const summary = await ingestPaths(graph, [dir], {
      concurrency: 1,
      batchSize: 3,
      onError: (e) => errors.push(e.describe()),
      writeHooks: {
        afterStep: (step, ids) => {
          if (step === 'document') transactions.push([...ids]);
          if (step === 'mentions' && ids.includes(bad)) throw new Error('disk full (injected)');
        },
      },
    });
    // One transaction for the group, which fails; then one per document.
    expect(transactions).toEqual([docs.map((d) => d.id), [docs[0]!.id], [docs[1]!.id], [docs[2]!.id]]);
    expect(summary).toMatchObject({ new: 2, failed: 1 });
    expect(errors).toEqual([expect.stringMatching(/docs\.jsonl:1: not written: disk full \(injected\)/)]);
    const [counts] = await graph.read<{ documents: number }>(q.counts, { prefix: tag });
    expect(counts!.documents).toBe(2);
  });

  it('documents that lose to lock contention are written at the end, one at a time', async () => {
    const tag = randomTag();
    const dir = mkdtempSync(join(tmpdir(), 'actorgraph-contention-'));
    const docs = corpus(tag, 4);
    writeFileSync(join(dir, 'docs.jsonl'), jsonl(docs));
    const transactions: string[][] = [];
    let contended = false;
    const summary = await ingestPaths(graph, [dir], {
      concurrency: 1,
      batchSize: 2,
      writeHooks: {
        afterStep: (step, ids) => {
          if (step === 'document') transactions.push([...ids]);
          // The first group loses a deadlock once (as the driver reports one it could not retry away).
          if (step === 'entities' && !contended && ids.includes(docs[0]!.id)) {
            contended = true;
            throw new GraphError('TRANSIENT', 'transient Neo4j error: deadlock detected (injected)');
          }
        },
      },
    });
    expect(summary).toMatchObject({ new: 4, failed: 0 });
    // The second group goes on; the first group's documents come last, alone.
    expect(transactions).toEqual([[docs[0]!.id, docs[1]!.id], [docs[2]!.id, docs[3]!.id], [docs[0]!.id], [docs[1]!.id]]);
    const [counts] = await graph.read<{ documents: number }>(q.counts, { prefix: tag });
    expect(counts!.documents).toBe(4);
  });
});

describe('extraction ahead of the writer', () => {
  it('writes in input order however the extractions finish, with a bounded number of documents ahead', async () => {
    const tag = randomTag();
    const dir = mkdtempSync(join(tmpdir(), 'actorgraph-ahead-'));
    const docs = corpus(tag, 40);
    writeFileSync(join(dir, 'docs.jsonl'), jsonl(docs));
    const { extract } = await import('../../src/extract/index.js');
    let pending = 0;
    let maxPending = 0;
    // Three "workers" whose extractions finish in an order unrelated to the input's.
    const extractor = {
      extract: async (doc: { id: string; text: string }) => {
        pending++;
        maxPending = Math.max(maxPending, pending);
        const n = Number(doc.id.slice(-3));
        await new Promise((r) => setTimeout(r, ((n * 7) % 5) * 15));
        pending--;
        return extract(doc);
      },
    };
    const written: string[] = [];
    const summary = await ingestPaths(graph, [dir], {
      extractor,
      workers: 3,
      batchSize: 8,
      writeHooks: { afterStep: (step, ids) => void (step === 'document' && written.push(...ids)) },
    });
    expect(summary).toMatchObject({ new: 40, failed: 0 });
    expect(written).toEqual(docs.map((d) => d.id));
    // At most a group and two documents per worker are held ahead of the writer.
    expect(maxPending).toBeLessThanOrEqual(8 + 2 * 3);
    expect(maxPending).toBeGreaterThan(3);
  });
});
