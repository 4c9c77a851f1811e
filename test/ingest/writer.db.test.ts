import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/client.js';
import { loadQueries } from '../../src/graph/cypher.js';
import { toDocumentRows } from '../../src/graph/document-rows.js';
import { deleteDocument, writeDocument, type WriteResult } from '../../src/graph/document-writer.js';
import type { DocumentInput } from '../../src/model/document.js';
import { contentHash } from '../../src/pipeline/ingest.js';
import { capitalize, type ExtractionSpec, handExtraction, randomTag } from '../helpers/extraction.js';
import { connectTestGraph } from '../helpers/graph.js';

const q = loadQueries(
  {
    nodes: 'count-tagged-nodes',
    relationships: 'count-tagged-relationships',
    entity: 'entity-by-id',
    entitiesNamed: 'entities-named',
    relation: 'relation-between',
    events: 'events-tagged',
  },
  join(import.meta.dirname, '..', 'cypher'),
);

let graph: Graph;
beforeAll(async () => {
  graph = await connectTestGraph('actorgraph-writer-test');
});
afterAll(async () => graph.close());

function write(doc: DocumentInput, spec: ExtractionSpec, hooks?: Parameters<typeof writeDocument>[2]): Promise<WriteResult> {
  return writeDocument(graph, toDocumentRows(doc, contentHash(doc), handExtraction(doc, spec)), hooks);
}
async function counts(tag: string) {
  const nodes = await graph.read<{ label: string; count: number }>(q.nodes, { tag });
  const rels = await graph.read<{ type: string; count: number }>(q.relationships, { tag });
  return { nodes: Object.fromEntries(nodes.map((r) => [r.label, r.count])), rels: Object.fromEntries(rels.map((r) => [r.type, r.count])) };
}
const entity = async (id: string) => (await graph.read<Record<string, unknown>>(q.entity, { id }))[0];

describe('writing one document', () => {
  const tag = randomTag();
  const T = capitalize(tag);
  const doc: DocumentInput = { id: `${tag}-one`, title: 'One', publishedAt: '2024-05-04', text: `Anna ${T} leads the ${T} Party. The ${T} Party backs Anna ${T}. ${T} dockworkers went on strike in Lisbon.` };
  const spec: ExtractionSpec = {
    entities: [
      [`Anna ${T}`, 'Person'],
      [`${T} Party`, 'Organization'],
      [`${T} dockworkers`, 'Group'],
      ['Lisbon', 'Place'],
    ],
    relations: [
      [`Anna ${T}`, 'LEADS', `${T} Party`],
      [`${T} Party`, 'SUPPORTS', `Anna ${T}`],
    ],
    events: [{ type: 'Strike', trigger: 'strike', date: '2024-05', place: 'Lisbon', participants: [[`${T} dockworkers`, 'agent']] }],
  };

  it('writes the document, sentences, entities with labels, mentions, relations and the event', async () => {
    expect((await write(doc, spec)).status).toBe('new');
    const c = await counts(tag);
    expect(c.nodes).toMatchObject({ Document: 1, Sentence: 3, Entity: 3, Actor: 3, Person: 1, Organization: 1, Group: 1, Claim: 2, Event: 1 });
    expect(c.rels).toMatchObject({ HAS_SENTENCE: 3, MENTIONS: 6, AT: 1, LEADS: 1, SUPPORTS: 1, PARTICIPATED_IN: 1, REPORTED_IN: 1, SUBJECT: 2, OBJECT: 2, STATED_IN: 2 });
    const anna = await entity(`person:anna ${tag}`);
    expect(anna).toMatchObject({ name: `Anna ${T}`, type: 'Person', aliases: [], mentionCount: 2, documentCount: 1 });
    expect(anna!.labels).toEqual(expect.arrayContaining(['Entity', 'Actor', 'Person']));
    const [leads] = await graph.read(q.relation, { subject: `person:anna ${tag}`, object: `organization:${tag} party` });
    expect(leads).toEqual({ predicate: 'LEADS', sourceCount: 1, docIds: [doc.id] });
  });

  it('changes nothing when written again unchanged', async () => {
    const before = await counts(tag);
    expect((await write(doc, spec)).status).toBe('unchanged');
    expect(await counts(tag)).toEqual(before);
  });
});

describe('atomicity', () => {
  it.each(['document', 'entities', 'mentions', 'relations', 'events'] as const)('an error after the %s step leaves no trace', async (step) => {
    const tag = randomTag();
    const T = capitalize(tag);
    const doc = { id: `${tag}-atomic`, text: `Omar ${T} founded the ${T} Union. The ${T} Union backs Omar ${T} in the strike.` };
    const spec: ExtractionSpec = {
      entities: [[`Omar ${T}`, 'Person'], [`${T} Union`, 'Organization']],
      relations: [[`${T} Union`, 'SUPPORTS', `Omar ${T}`]],
      events: [{ type: 'Strike', trigger: 'strike', participants: [[`${T} Union`, 'agent']] }],
    };
    await expect(
      write(doc, spec, {
        afterStep: (s) => {
          if (s === step) throw new Error(`injected failure after ${s}`);
        },
      }),
    ).rejects.toThrow(`injected failure after ${step}`);
    expect(await counts(tag)).toEqual({ nodes: {}, rels: {} });
  });
});

describe('across documents', () => {
  const tag = randomTag();
  const T = capitalize(tag);
  const michelle = `person:michelle ${tag}`;
  const alliance = `organization:${tag} alliance`;
  const docA = { id: `${tag}-a`, text: `Michelle ${T} won the vote. ${T} thanked the ${T} Alliance, which backs Michelle ${T}.` };
  const specA: ExtractionSpec = {
    entities: [[`Michelle ${T}`, 'Person', [T]], [`${T} Alliance`, 'Organization']],
    relations: [[`${T} Alliance`, 'SUPPORTS', `Michelle ${T}`]],
  };
  const docB = { id: `${tag}-b`, text: `The ${T} Alliance again backs Michelle ${T}.` };
  const specB: ExtractionSpec = { entities: [[`Michelle ${T}`, 'Person'], [`${T} Alliance`, 'Organization']], relations: [[`${T} Alliance`, 'SUPPORTS', `Michelle ${T}`]] };

  it('merges one actor named in two documents into one node, counting both sources', async () => {
    await write(docA, specA);
    await write(docB, specB);
    expect(await entity(michelle)).toMatchObject({ name: `Michelle ${T}`, documentCount: 2 });
    expect((await counts(tag)).nodes.Person).toBe(1);
    const [supports] = await graph.read<{ sourceCount: number; docIds: string[] }>(q.relation, { subject: alliance, object: michelle });
    expect(supports!.sourceCount).toBe(2);
    expect([...supports!.docIds].sort()).toEqual([docA.id, docB.id]);
  });

  it('joins a document that names the actor by an unambiguous alias only', async () => {
    await write({ id: `${tag}-c`, text: `${T} spoke in the capital.` }, { entities: [[T, 'Person']] });
    expect(await entity(michelle)).toMatchObject({ documentCount: 3 });
    expect((await counts(tag)).nodes.Person).toBe(1);
  });

  it('an update replaces the document facts; facts other documents support survive', async () => {
    // Document A no longer mentions the alliance nor the alias.
    const changed = { ...docA, text: `Michelle ${T} won the vote.` };
    expect((await write(changed, { entities: [[`Michelle ${T}`, 'Person']] })).status).toBe('updated');
    const [supports] = await graph.read<{ sourceCount: number; docIds: string[] }>(q.relation, { subject: alliance, object: michelle });
    expect(supports).toMatchObject({ sourceCount: 1, docIds: [docB.id] });
    expect(await entity(alliance)).toMatchObject({ documentCount: 1 });
    // "T" is still used by document C, so the alias stays.
    expect((await entity(michelle))!.aliases).toEqual([T]);
  });

  it('delete retracts a document and removes what nothing else supports', async () => {
    expect(await deleteDocument(graph, docB.id)).toBe(true);
    expect(await graph.read(q.relation, { subject: alliance, object: michelle })).toEqual([]);
    expect(await entity(alliance)).toBeUndefined();
    expect(await entity(michelle)).toMatchObject({ documentCount: 2 });
    expect(await deleteDocument(graph, docB.id)).toBe(false);
    await deleteDocument(graph, `${tag}-c`);
    expect((await entity(michelle))!.aliases).toEqual([]);
    await deleteDocument(graph, docA.id);
    expect(await counts(tag)).toEqual({ nodes: {}, rels: {} });
  });
});

describe('two people who share a surname', () => {
  const tag = randomTag();
  const T = capitalize(tag);
  it('stay two nodes, and the bare surname joins neither', async () => {
    await write({ id: `${tag}-john`, text: `John ${T} sued the city. ${T} said the case was strong.` }, { entities: [[`John ${T}`, 'Person', [T]]] });
    await write({ id: `${tag}-mary`, text: `Mary ${T} sued the city. ${T} won.` }, { entities: [[`Mary ${T}`, 'Person', [T]]] });
    await write({ id: `${tag}-bare`, text: `${T} declined to comment.` }, { entities: [[T, 'Person']] });
    const people = await graph.read<{ id: string; documentCount: number }>(q.entitiesNamed, { tag });
    expect(people.map((p) => [p.id, p.documentCount]).sort()).toEqual(
      [
        [`person:john ${tag}`, 1],
        [`person:mary ${tag}`, 1],
        [`person:${tag}`, 1],
      ].sort(),
    );
  });
});

describe('the same event in two documents', () => {
  const tag = randomTag();
  const T = capitalize(tag);
  const spec = (trigger: string, date: string): ExtractionSpec => ({
    entities: [[`${T} dockworkers`, 'Group'], ['Porto', 'Place']],
    events: [{ type: 'Strike', trigger, date, place: 'Porto', participants: [[`${T} dockworkers`, 'agent']] }],
  });

  it('becomes one event node with both documents as sources, and loses them one by one', async () => {
    await write({ id: `${tag}-p`, text: `${T} dockworkers began a strike in Porto on 3 May.` }, spec('strike', '2024-05-03'));
    await write({ id: `${tag}-q`, text: `The walkout by ${T} dockworkers in Porto went on through May.` }, spec('walkout', '2024-05'));
    // A strike of another month is another event.
    await write({ id: `${tag}-r`, text: `${T} dockworkers struck again in Porto in September.` }, spec('struck', '2024-09'));
    let events = await graph.read<{ type: string; date: string; sourceCount: number; docIds: string[] }>(q.events, { tag });
    expect(events.map((v) => [v.date, v.sourceCount])).toEqual(
      expect.arrayContaining([
        ['2024-05-03', 2],
        ['2024-09', 1],
      ]),
    );
    expect(events).toHaveLength(2);
    await deleteDocument(graph, `${tag}-p`);
    events = await graph.read(q.events, { tag });
    expect(events.map((v) => [v.date, v.sourceCount])).toEqual(expect.arrayContaining([['2024-05-03', 1]]));
    await deleteDocument(graph, `${tag}-q`);
    events = await graph.read(q.events, { tag });
    expect(events.map((v) => v.date)).toEqual(['2024-09']);
  });
});
