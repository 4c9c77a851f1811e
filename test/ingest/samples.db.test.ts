import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { Graph } from '../../src/graph/client.js';
import { loadQueries } from '../../src/graph/cypher.js';
import type { DocumentInput } from '../../src/model/document.js';
import { SAMPLES_DIR } from '../../src/paths.js';
import { ingestDocuments } from '../../src/pipeline/ingest.js';
import type { InputItem } from '../../src/pipeline/inputs.js';
import { randomTag } from '../helpers/extraction.js';
import { connectTestGraph } from '../helpers/graph.js';

/**
 * The sample corpus through the real extractor and writer: the Chilean
 * stories tell the same election and name the same president in several ways.
 */

const q = loadQueries({ refs: 'document-entity-ids', events: 'events-of-documents' }, join(import.meta.dirname, '..', 'cypher'));

const samples: DocumentInput[] = readdirSync(SAMPLES_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(SAMPLES_DIR, f), 'utf8')) as DocumentInput);
/** The stories that report the first round of 17 November 2013. */
const FIRST_ROUND = ['chile-2013', 'chile-first-round-2013', 'chile-runoff-2013'];

let graph: Graph;
const prefix = `${randomTag()}-`;
beforeAll(async () => {
  graph = await connectTestGraph('actorgraph-samples-test');
  async function* items(): AsyncGenerator<InputItem> {
    for (const doc of samples) yield { kind: 'document', doc: { ...doc, id: prefix + doc.id }, source: doc.id };
  }
  const summary = await ingestDocuments(graph, items());
  expect(summary.failed).toBe(0);
});
afterAll(async () => graph.close());

describe('the sample corpus', () => {
  it('names Sebastián Piñera in several ways, and he is one person', async () => {
    const refs = await graph.read<{ docId: string; name: string; id: string }>(q.refs, { prefix });
    const pinera = refs.filter((r) => /Piñera$/.test(r.name) && r.id.startsWith('person:'));
    expect(new Set(pinera.map((r) => r.name)).size).toBeGreaterThan(1);
    expect(new Set(pinera.map((r) => r.id)).size).toBe(1);
  });

  it('reports the first round of 17 November 2013 as one Event with all its sources', async (ctx) => {
    // The writer joins reports that share a specific participant: each story's
    // extraction must give an Election dated 2013-11-17 with Michelle Bachelet in it.
    const ready = samples
      .filter((d) => FIRST_ROUND.includes(d.id))
      .every((d) => {
        const x = extract(d);
        const bachelet = x.entities.find((e) => e.type === 'Person' && /Bachelet$/.test(e.name));
        return x.events.some((v) => v.type === 'Election' && v.date === '2013-11-17' && v.participants.some((p) => p.entity === bachelet?.id));
      });
    if (!ready) ctx.skip();
    const events = await graph.read<{ id: string; type: string; date: string; docIds: string[]; people: string[] }>(q.events, { prefix });
    const firstRound = events.filter((v) => v.type === 'Election' && v.date === '2013-11-17' && v.people.includes('michelle bachelet'));
    expect(firstRound).toHaveLength(1);
    expect(firstRound[0]!.docIds.map((d) => d.slice(prefix.length))).toEqual(expect.arrayContaining(FIRST_ROUND));
  });

  it('ingesting it again changes nothing', async () => {
    const before = await graph.read(q.events, { prefix });
    async function* items(): AsyncGenerator<InputItem> {
      for (const doc of samples) yield { kind: 'document', doc: { ...doc, id: prefix + doc.id }, source: doc.id };
    }
    expect(await ingestDocuments(graph, items())).toMatchObject({ new: 0, updated: 0, unchanged: samples.length });
    expect(await graph.read(q.events, { prefix })).toEqual(before);
  });
});
