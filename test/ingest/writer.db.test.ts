import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/client.js';
import { loadQueries } from '../../src/graph/cypher.js';
import { toDocumentRows } from '../../src/graph/document-rows.js';
import { deleteDocument, writeDocument, writeDocuments, type WriteResult } from '../../src/graph/document-writer.js';
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
  const spec = (trigger: string, date: string, confidence: number): ExtractionSpec => ({
    entities: [[`${T} dockworkers`, 'Group'], [`${T} Dock Union`, 'Organization'], ['Porto', 'Place']],
    events: [{ type: 'Strike', trigger, date, place: 'Porto', confidence, participants: [[`${T} dockworkers`, 'agent'], [`${T} Dock Union`, 'agent']] }],
  });

  it('becomes one event node with both documents as sources, and loses them one by one', async () => {
    await write({ id: `${tag}-p`, text: `${T} dockworkers of the ${T} Dock Union began a strike in Porto on 3 May.` }, spec('strike', '2024-05-03', 0.9));
    await write({ id: `${tag}-q`, text: `The walkout by ${T} dockworkers and the ${T} Dock Union in Porto went on through May.` }, spec('walkout', '2024-05', 0.6));
    // A strike of another month is another event.
    await write({ id: `${tag}-r`, text: `${T} dockworkers of the ${T} Dock Union struck again in Porto in September.` }, spec('struck', '2024-09', 0.7));
    let events = await graph.read<{ type: string; date: string; sourceCount: number; confidence: number; docIds: string[] }>(q.events, { tag });
    // An event is as sure as its surest report.
    expect(events.map((v) => [v.date, v.sourceCount, v.confidence])).toEqual(
      expect.arrayContaining([
        ['2024-05-03', 2, 0.9],
        ['2024-09', 1, 0.7],
      ]),
    );
    expect(events).toHaveLength(2);
    await deleteDocument(graph, `${tag}-p`);
    events = await graph.read(q.events, { tag });
    // Only the deleted document gave the day: the event keeps what the remaining one says.
    expect(events.map((v) => [v.date, v.sourceCount, v.confidence])).toEqual(expect.arrayContaining([['2024-05', 1, 0.6]]));
    await deleteDocument(graph, `${tag}-q`);
    events = await graph.read(q.events, { tag });
    expect(events.map((v) => v.date)).toEqual(['2024-09']);
  });
});

describe('a group of documents in one transaction', () => {
  /** Documents that share an actor and report one event twice: what grouping could get wrong. */
  const scenario = (tag: string): Array<[DocumentInput, ExtractionSpec]> => {
    const T = capitalize(tag);
    const strike = (trigger: string, date: string): ExtractionSpec => ({
      entities: [[`${T} dockworkers`, 'Group'], [`Lea ${T}`, 'Person', [T]], ['Porto', 'Place']],
      relations: [[`Lea ${T}`, 'LEADS', `${T} dockworkers`]],
      events: [{ type: 'Strike', trigger, date, place: 'Porto', participants: [[`${T} dockworkers`, 'agent'], [`Lea ${T}`, 'agent']] }],
    });
    return [
      [{ id: `${tag}-1`, text: `${T} dockworkers led by Lea ${T} began a strike in Porto on 3 May.` }, strike('strike', '2024-05-03')],
      [{ id: `${tag}-2`, text: `The walkout by ${T} dockworkers in Porto went on through May. ${T} said Lea ${T} would not give in.` }, strike('walkout', '2024-05')],
      [{ id: `${tag}-3`, text: `${T} dockworkers struck again in Porto in September under Lea ${T}.` }, strike('struck', '2024-09')],
    ];
  };
  const rows = (tag: string) => scenario(tag).map(([doc, spec]) => toDocumentRows(doc, contentHash(doc), handExtraction(doc, spec)));
  /** Counts and properties with the tag taken out, so two tags' graphs compare equal. */
  async function shape(tag: string) {
    const events = await graph.read<{ date: string; sourceCount: number; docIds: string[] }>(q.events, { tag });
    const lea = await entity(`person:lea ${tag}`);
    return {
      counts: await counts(tag),
      events: events.map((v) => [v.date, v.sourceCount, v.docIds.map((d) => d.slice(tag.length)).sort()]).sort(),
      lea: { mentionCount: lea!.mentionCount, documentCount: lea!.documentCount, aliases: (lea!.aliases as string[]).length },
    };
  }

  it('gives the graph that writing them one by one gives', async () => {
    const one = randomTag();
    for (const r of rows(one)) await writeDocument(graph, r);
    const grouped = randomTag();
    const results = await writeDocuments(graph, rows(grouped));
    expect(results.map((r) => r.status)).toEqual(['new', 'new', 'new']);
    const expected = await shape(one);
    expect(expected.events).toEqual([
      ['2024-05-03', 2, ['-1', '-2']],
      ['2024-09', 1, ['-3']],
    ]);
    // The second document names her twice ("${T} said Lea ${T}").
    expect(expected.lea).toEqual({ mentionCount: 4, documentCount: 3, aliases: 1 });
    expect(await shape(grouped)).toEqual(expected);
    // Written again as a group: nothing changes.
    expect((await writeDocuments(graph, rows(grouped))).map((r) => r.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(await shape(grouped)).toEqual(expected);
  });

  it('is atomic: an error in the last step leaves none of them', async () => {
    const tag = randomTag();
    await expect(
      writeDocuments(graph, rows(tag), {
        afterStep: (step) => {
          if (step === 'events') throw new Error('injected failure after events');
        },
      }),
    ).rejects.toThrow('injected failure after events');
    expect(await counts(tag)).toEqual({ nodes: {}, rels: {} });
  });

  it('refuses the same id twice in one group', async () => {
    const [first] = rows(randomTag());
    await expect(writeDocuments(graph, [first!, first!])).rejects.toThrow(/appears twice/);
  });
});
