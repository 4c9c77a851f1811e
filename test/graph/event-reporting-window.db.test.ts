import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/client.js';
import { loadQueries, readCypherFile, splitStatements } from '../../src/graph/cypher.js';
import { type DocumentRows, toDocumentRows } from '../../src/graph/document-rows.js';
import { deleteDocument, writeDocument, writeDocuments } from '../../src/graph/document-writer.js';
import type { DocumentInput } from '../../src/model/document.js';
import { contentHash } from '../../src/pipeline/ingest.js';
import { capitalize, handExtraction, randomTag } from '../helpers/extraction.js';
import { connectTestGraph } from '../helpers/graph.js';

// Two undated reports of the same two actors are one event when their
// documents were published close in time, two when far apart (the reporting
// window of src/graph/event-identity.ts); documents without a publication day
// keep the rule without a window.
const q = loadQueries({ spans: 'event-spans', forget: 'forget-event-spans' }, join(import.meta.dirname, '..', 'cypher'));

let graph: Graph;
beforeAll(async () => {
  graph = await connectTestGraph('actorgraph-event-window-test');
});
afterAll(async () => graph.close());

/** An undated statement of a minister about a company, in a document published on `publishedAt`. */
function statement(tag: string, n: number, publishedAt: string | undefined): DocumentRows {
  const T = capitalize(tag);
  const minister = `Ilse ${T}`;
  const company = `${T} Ropeworks`;
  const doc: DocumentInput = { id: `${tag}-${n}`, text: `${minister} said the ${company} would cut jobs.`, ...(publishedAt && { publishedAt }) };
  return toDocumentRows(
    doc,
    contentHash(doc),
    handExtraction(doc, {
      entities: [
        [minister, 'Person'],
        [company, 'Organization'],
      ],
      events: [{ type: 'Statement', trigger: 'said', participants: [[minister, 'agent'], [company, 'target']] }],
    }),
  );
}

const spans = (tag: string) => graph.read<{ id: string; docIds: string[]; firstReported: string | null; lastReported: string | null }>(q.spans, { prefix: `${tag}-` });

describe('undated reports of the same actors', () => {
  it.each([
    ['one by one', false],
    ['in one group', true],
  ])('a year apart are two events, four days apart one (%s)', async (_, grouped) => {
    const tag = randomTag();
    const docs = [statement(tag, 1, '2021-02-01'), statement(tag, 2, '2021-02-05'), statement(tag, 3, '2022-02-01')];
    if (grouped) await writeDocuments(graph, docs);
    else for (const d of docs) await writeDocument(graph, d);
    expect((await spans(tag)).map((v) => [[...v.docIds].sort(), v.firstReported, v.lastReported]).sort()).toEqual([
      [[`${tag}-1`, `${tag}-2`], '2021-02-01', '2021-02-05'],
      [[`${tag}-3`], '2022-02-01', '2022-02-01'],
    ]);
    // Idempotent: writing them again changes nothing.
    expect((await writeDocuments(graph, docs)).map((r) => r.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(await spans(tag)).toHaveLength(2);
    // Retracting a report recounts the span from the reports left.
    await deleteDocument(graph, `${tag}-2`);
    expect((await spans(tag)).map((v) => [v.docIds, v.firstReported, v.lastReported]).sort()).toEqual([
      [[`${tag}-1`], '2021-02-01', '2021-02-01'],
      [[`${tag}-3`], '2022-02-01', '2022-02-01'],
    ]);
  });

  it('without publication days, a year apart or not, they are one event (the rule without a window)', async () => {
    const tag = randomTag();
    await writeDocument(graph, statement(tag, 1, undefined));
    await writeDocument(graph, statement(tag, 2, undefined));
    expect((await spans(tag)).map((v) => [[...v.docIds].sort(), v.firstReported])).toEqual([[[`${tag}-1`, `${tag}-2`], null]]);
  });

  it('schema 012 gives events written before it their span, and a second run changes nothing', async () => {
    const tag = randomTag();
    await writeDocuments(graph, [statement(tag, 1, '2021-02-01'), statement(tag, 2, '2021-02-05')]);
    await graph.write(q.forget, { prefix: `${tag}-` });
    expect((await spans(tag)).map((v) => v.firstReported)).toEqual([null]);
    const statements = splitStatements(readCypherFile('schema/012-event-reporting-span'));
    for (let run = 0; run < 2; run++) {
      for (const [i, s] of statements.entries()) await graph.runSchema(`schema/012#${i + 1}`, s);
      expect((await spans(tag)).map((v) => [v.firstReported, v.lastReported])).toEqual([['2021-02-01', '2021-02-05']]);
    }
    // The backfilled event then takes a report close in time, and not one far from it.
    await writeDocument(graph, statement(tag, 3, '2021-02-10'));
    await writeDocument(graph, statement(tag, 4, '2023-07-01'));
    expect((await spans(tag)).map((v) => [[...v.docIds].sort(), v.firstReported, v.lastReported]).sort()).toEqual([
      [[`${tag}-1`, `${tag}-2`, `${tag}-3`], '2021-02-01', '2021-02-10'],
      [[`${tag}-4`], '2023-07-01', '2023-07-01'],
    ]);
  });
});
