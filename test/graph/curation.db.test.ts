import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/client.js';
import { loadQueries } from '../../src/graph/cypher.js';
import { CurationError, type CurationRecord, listCurations, mergeActors, undoCuration, updateActor } from '../../src/graph/curation/index.js';
import { toDocumentRows } from '../../src/graph/document-rows.js';
import { deleteDocument, writeDocument, type WriteResult } from '../../src/graph/document-writer.js';
import type { DocumentInput } from '../../src/model/document.js';
import { contentHash } from '../../src/pipeline/ingest.js';
import { capitalize, type ExtractionSpec, handExtraction, randomTag } from '../helpers/extraction.js';
import { connectTestGraph } from '../helpers/graph.js';

const q = loadQueries(
  {
    actor: 'curation/actor-state',
    documentEntities: 'curation/document-entities',
    taggedNodes: 'curation/tagged-nodes',
    taggedEdges: 'curation/tagged-edges',
    links: 'curation/curation-links',
    relation: 'relation-between',
    nodes: 'count-tagged-nodes',
  },
  join(import.meta.dirname, '..', 'cypher'),
);

interface ActorState {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  mentionCount: number;
  documentCount: number;
  curated: boolean;
  labels: string[];
  keys: string[];
  docIds: string[];
  mentionEdges: number;
}

let graph: Graph;
beforeAll(async () => {
  graph = await connectTestGraph('actorgraph-curation-test');
});
afterAll(async () => graph.close());

function write(doc: DocumentInput, spec: ExtractionSpec): Promise<WriteResult> {
  return writeDocument(graph, toDocumentRows(doc, contentHash(doc), handExtraction(doc, spec)));
}
const actor = async (id: string) => (await graph.read<ActorState>(q.actor, { id }))[0];
const entitiesOf = async (docId: string) => (await graph.read<{ id: string }>(q.documentEntities, { docId })).map((r) => r.id);
const relation = (subject: string, object: string) => graph.read<{ predicate: string; sourceCount: number; docIds: string[] }>(q.relation, { subject, object });

/** Arrays sorted and key order fixed: stored lists (docIds, aliases) have no meaningful order. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, canonical(v)]));
  return value;
}
/** Everything the test's documents put in the graph, to compare before a curation and after its undo. */
async function graphState(tag: string) {
  const nodes = await graph.read<{ id: string; labels: string[]; props: Record<string, unknown> }>(q.taggedNodes, { tag });
  const edges = await graph.read(q.taggedEdges, { tag });
  // aliasText is the aliases joined in stored order, which a recount may change.
  const cleanNodes = nodes.map((n) => ({ ...n, props: { ...n.props, aliasText: undefined } }));
  return canonical({ nodes: cleanNodes, edges });
}
async function refused(p: Promise<unknown>): Promise<CurationError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(CurationError);
  return err as CurationError;
}

/**
 * Two documents name one woman by two names the writer cannot join: "Michelle X"
 * and "X Jeria". Both are backed by the same alliance; the second says Jeria
 * praised Michelle (a relation that a merge turns into a self-loop).
 */
function bachelet(tag: string) {
  const T = capitalize(tag);
  const michelle = `Michelle ${T}`;
  const jeria = `${T} Jeria`;
  const alliance = `${T} Alliance`;
  const ids = { michelle: `person:michelle ${tag}`, jeria: `person:${tag} jeria`, alliance: `organization:${tag} alliance` };
  const docA: DocumentInput = { id: `${tag}-a`, text: `${michelle} won the election in December. The ${alliance} backs ${michelle}.` };
  const specA: ExtractionSpec = {
    entities: [
      [michelle, 'Person'],
      [alliance, 'Organization'],
    ],
    relations: [[alliance, 'SUPPORTS', michelle]],
    events: [{ type: 'Election', trigger: 'election', date: '2013-12', participants: [[michelle, 'winner']] }],
  };
  const docB: DocumentInput = { id: `${tag}-b`, text: `The ${alliance} backs ${jeria}. ${jeria} praised ${michelle} at the rally.` };
  const specB: ExtractionSpec = {
    entities: [
      [jeria, 'Person'],
      [alliance, 'Organization'],
      [michelle, 'Person'],
    ],
    relations: [
      [alliance, 'SUPPORTS', jeria],
      [jeria, 'SUPPORTS', michelle],
    ],
    events: [{ type: 'Protest', trigger: 'rally', participants: [[jeria, 'participant']] }],
  };
  return { T, michelle, jeria, alliance, ids, docA, specA, docB, specB };
}

describe('mergeActors', () => {
  const tag = randomTag();
  const s = bachelet(tag);
  let merge: CurationRecord;

  beforeAll(async () => {
    await write(s.docA, s.specA);
    await write(s.docB, s.specB);
  });

  it('starts from two people the writer kept apart', async () => {
    expect(await actor(s.ids.jeria)).toMatchObject({ documentCount: 1, mentionCount: 2 });
    expect(await actor(s.ids.michelle)).toMatchObject({ documentCount: 2, mentionCount: 3 });
  });

  it('moves mentions, documents, names and keys to the actor kept, and removes the other', async () => {
    merge = await mergeActors(graph, s.ids.michelle, [s.ids.jeria]);
    expect(merge).toMatchObject({ kind: 'MERGE', actorId: s.ids.michelle, mergedIds: [s.ids.jeria], undoneAt: null });
    expect(JSON.parse(merge.changes)).toEqual({ into: s.ids.michelle, from: [s.ids.jeria] });
    expect(JSON.parse(merge.before).actors.map((a: { id: string }) => a.id)).toEqual([s.ids.michelle, s.ids.jeria]);

    expect(await actor(s.ids.jeria)).toBeUndefined();
    const m = (await actor(s.ids.michelle))!;
    expect(m).toMatchObject({ name: s.michelle, curated: true, documentCount: 2, mentionCount: 5, mentionEdges: 5, docIds: [s.docA.id, s.docB.id] });
    expect(m.aliases).toContain(s.jeria);
    expect(m.keys).toEqual(expect.arrayContaining([`Person|michelle ${tag}`, `Person|${tag} jeria`]));
    // Document B now refers to one person, not two.
    expect(await entitiesOf(s.docB.id)).toEqual([s.ids.alliance, s.ids.michelle]);
  });

  it('re-aggregates relations: both documents back the one actor, and the self-loop is dropped and recorded', async () => {
    const [supports] = await relation(s.ids.alliance, s.ids.michelle);
    expect(supports).toMatchObject({ predicate: 'SUPPORTS', sourceCount: 2 });
    expect([...supports!.docIds].sort()).toEqual([s.docA.id, s.docB.id]);
    expect(await relation(s.ids.michelle, s.ids.michelle)).toEqual([]);
    const nodes = await graph.read<{ label: string; count: number }>(q.nodes, { tag });
    // The claim "Jeria praised Michelle" would now say she praised herself: dropped, like the writer drops such claims.
    expect(nodes.find((n) => n.label === 'Claim')?.count).toBe(2);
  });

  it('moves participation in events', async () => {
    const edges = await graph.read<{ from: string; type: string; to: string; props: { role: string; docIds: string[] } }>(q.taggedEdges, { tag });
    const participations = edges.filter((e) => e.type === 'PARTICIPATED_IN').map((e) => [e.from, e.props.role, e.props.docIds]);
    expect(participations.sort()).toEqual(
      [
        [s.ids.michelle, 'participant', [s.docB.id]],
        [s.ids.michelle, 'winner', [s.docA.id]],
      ].sort(),
    );
  });

  it('is linked to the actor and listed for both ids, newest first', async () => {
    expect(await graph.read(q.links, { id: merge.id })).toEqual([{ id: s.ids.michelle }]);
    expect((await listCurations(graph, { actorId: s.ids.michelle, first: 10 })).map((c) => c.id)).toEqual([merge.id]);
    expect((await listCurations(graph, { actorId: s.ids.jeria, first: 10 })).map((c) => c.id)).toEqual([merge.id]);
    const all = await listCurations(graph, { first: 1 });
    expect(all).toHaveLength(1);
  });

  it('later documents naming the merged-away name resolve to the merged actor', async () => {
    const doc = { id: `${tag}-c`, text: `${s.jeria} met the unions on Monday.` };
    expect((await write(doc, { entities: [[s.jeria, 'Person']] })).status).toBe('new');
    expect(await entitiesOf(doc.id)).toEqual([s.ids.michelle]);
    expect(await actor(s.ids.jeria)).toBeUndefined();
    expect(await actor(s.ids.michelle)).toMatchObject({ documentCount: 3 });
  });

  it('a re-ingested document whose actor was merged does not bring the merged-away node back', async () => {
    const changed = { ...s.docB, text: `The ${s.alliance} still backs ${s.jeria}.` };
    expect((await write(changed, { entities: [[s.jeria, 'Person'], [s.alliance, 'Organization']], relations: [[s.alliance, 'SUPPORTS', s.jeria]] })).status).toBe('updated');
    expect(await actor(s.ids.jeria)).toBeUndefined();
    expect(await entitiesOf(s.docB.id)).toEqual([s.ids.alliance, s.ids.michelle]);
    const [supports] = await relation(s.ids.alliance, s.ids.michelle);
    expect([...supports!.docIds].sort()).toEqual([s.docA.id, s.docB.id]);
  });

  it('the merged actor outlives its documents: deleting them all leaves it, with its names', async () => {
    for (const id of [s.docA.id, s.docB.id, `${tag}-c`]) await deleteDocument(graph, id);
    expect(await actor(s.ids.michelle)).toMatchObject({ curated: true, documentCount: 0, mentionCount: 0, docIds: [], aliases: [s.jeria] });
    const doc = { id: `${tag}-d`, text: `${s.jeria} returned to Santiago.` };
    await write(doc, { entities: [[s.jeria, 'Person']] });
    expect(await entitiesOf(doc.id)).toEqual([s.ids.michelle]);
  });
});

describe('undoCuration of a merge', () => {
  const tag = randomTag();
  const s = bachelet(tag);

  it('restores the graph exactly as it was', async () => {
    await write(s.docA, s.specA);
    await write(s.docB, s.specB);
    const before = await graphState(tag);
    const merge = await mergeActors(graph, s.ids.michelle, [s.ids.jeria]);
    expect(await graphState(tag)).not.toEqual(before);
    const undone = await undoCuration(graph, merge.id);
    expect(undone).toMatchObject({ id: merge.id, kind: 'MERGE' });
    expect(undone.undoneAt).toEqual(expect.any(String));
    expect(await graphState(tag)).toEqual(before);
    expect(await graph.read(q.links, { id: merge.id })).toEqual([{ id: s.ids.michelle }, { id: s.ids.jeria }].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect((await listCurations(graph, { actorId: s.ids.jeria, first: 5 }))[0]).toMatchObject({ id: merge.id, undoneAt: undone.undoneAt });
  });

  it('refuses a second undo', async () => {
    const [c] = await listCurations(graph, { actorId: s.ids.michelle, first: 1 });
    expect((await refused(undoCuration(graph, c!.id))).code).toBe('CONFLICT');
  });

  it('after an undo, documents resolve as before the merge', async () => {
    const doc = { id: `${tag}-c`, text: `${s.jeria} met the unions.` };
    await write(doc, { entities: [[s.jeria, 'Person']] });
    expect(await entitiesOf(doc.id)).toEqual([s.ids.jeria]);
  });

  it('restores a merge of two actors into a third, where the two are also related to each other', async () => {
    const t2 = randomTag();
    const T2 = capitalize(t2);
    const [a, b, c] = [`Ana ${T2}`, `Bea ${T2}`, `Cleo ${T2}`];
    await write(
      { id: `${t2}-x`, text: `${a} opposes ${b}. ${c} joined ${a} and ${b} at the strike.` },
      {
        entities: [
          [a, 'Person'],
          [b, 'Person'],
          [c, 'Person'],
        ],
        relations: [
          [a, 'OPPOSES', b],
          [c, 'SUPPORTS', a],
        ],
        events: [{ type: 'Strike', trigger: 'strike', participants: [[a, 'agent'], [b, 'agent'], [c, 'participant']] }],
      },
    );
    const before = await graphState(t2);
    const merge = await mergeActors(graph, `person:cleo ${t2}`, [`person:ana ${t2}`, `person:bea ${t2}`]);
    const cleo = (await actor(`person:cleo ${t2}`))!;
    expect(cleo).toMatchObject({ mentionCount: 5, documentCount: 1 });
    // Every relation among the three became a self-loop; the strike keeps one agent and one participant edge.
    expect(await relation(`person:cleo ${t2}`, `person:cleo ${t2}`)).toEqual([]);
    await undoCuration(graph, merge.id);
    expect(await graphState(t2)).toEqual(before);
  });
});

describe('undoCuration refused', () => {
  it('while a later curation of the same actors is not undone, then allowed in reverse order', async () => {
    const tag = randomTag();
    const s = bachelet(tag);
    await write(s.docA, s.specA);
    await write(s.docB, s.specB);
    const before = await graphState(tag);
    const merge = await mergeActors(graph, s.ids.michelle, [s.ids.jeria]);
    const rename = await updateActor(graph, s.ids.michelle, { name: `Michelle ${s.T} Jeria` });
    const err = await refused(undoCuration(graph, merge.id));
    expect(err).toMatchObject({ code: 'CONFLICT', laterCurationIds: [rename.id], curationId: merge.id });
    await undoCuration(graph, rename.id);
    await undoCuration(graph, merge.id);
    expect(await graphState(tag)).toEqual(before);
  });

  it('when a document behind the actors was ingested, changed or deleted since', async () => {
    const tag = randomTag();
    const s = bachelet(tag);
    await write(s.docA, s.specA);
    await write(s.docB, s.specB);
    const merge = await mergeActors(graph, s.ids.michelle, [s.ids.jeria]);
    const doc = { id: `${tag}-late`, text: `${s.michelle} visited the port.` };
    await write(doc, { entities: [[s.michelle, 'Person']] });
    const err = await refused(undoCuration(graph, merge.id));
    expect(err).toMatchObject({ code: 'CONFLICT', documentIds: [doc.id] });
    await deleteDocument(graph, doc.id);
    // Back to the documents recorded at curation time: undo is possible again.
    await undoCuration(graph, merge.id);
    expect(await actor(s.ids.jeria)).toMatchObject({ documentCount: 1 });

    const update = await updateActor(graph, s.ids.jeria, { addAliases: ['Vero'] });
    await write({ ...s.docB, text: `${s.docB.text} The ${s.alliance} met ${s.jeria} again.` }, s.specB);
    expect(await refused(undoCuration(graph, update.id))).toMatchObject({ code: 'CONFLICT', documentIds: [s.docB.id] });
  });

  it('when the actor was merged away by a later curation', async () => {
    const tag = randomTag();
    const s = bachelet(tag);
    await write(s.docA, s.specA);
    await write(s.docB, s.specB);
    const before = await graphState(tag);
    const update = await updateActor(graph, s.ids.jeria, { addAliases: ['Vero'] });
    const merge = await mergeActors(graph, s.ids.michelle, [s.ids.jeria]);
    expect(await actor(s.ids.michelle)).toMatchObject({ aliases: expect.arrayContaining(['Vero', s.jeria]) });
    expect(await refused(undoCuration(graph, update.id))).toMatchObject({ code: 'CONFLICT', laterCurationIds: [merge.id] });
    await undoCuration(graph, merge.id);
    expect(await actor(s.ids.jeria)).toMatchObject({ aliases: ['Vero'], curated: true });
    await undoCuration(graph, update.id);
    expect(await graphState(tag)).toEqual(before);
  });

  it('for an unknown curation (NOT_FOUND)', async () => {
    expect(await refused(undoCuration(graph, 'curation:nope'))).toMatchObject({ code: 'NOT_FOUND', curationId: 'curation:nope' });
  });
});

describe('invalid requests', () => {
  const tag = randomTag();
  const T = capitalize(tag);
  const ids = { rosa: `person:rosa ${tag}`, lima: `place:lima ${tag}` };
  beforeAll(async () => {
    await write({ id: `${tag}-v`, text: `Rosa ${T} spoke in Lima ${T}.` }, { entities: [[`Rosa ${T}`, 'Person'], [`Lima ${T}`, 'Place']] });
  });

  it.each([
    ['an unknown actor', () => mergeActors(graph, ids.rosa, [`person:nobody ${tag}`]), 'NOT_FOUND'],
    ['an unknown target', () => mergeActors(graph, `person:nobody ${tag}`, [ids.rosa]), 'NOT_FOUND'],
    ['a merge into itself', () => mergeActors(graph, ids.rosa, [ids.rosa]), 'INVALID'],
    ['an empty from', () => mergeActors(graph, ids.rosa, []), 'INVALID'],
    ['merging a place', () => mergeActors(graph, ids.rosa, [ids.lima]), 'INVALID'],
    ['merging into a place', () => mergeActors(graph, ids.lima, [ids.rosa]), 'INVALID'],
    ['updating a place', () => updateActor(graph, ids.lima, { name: 'Lima' }), 'INVALID'],
    ['updating an unknown actor', () => updateActor(graph, `person:nobody ${tag}`, { name: 'X' }), 'NOT_FOUND'],
    ['an update without changes', () => updateActor(graph, ids.rosa, {}), 'INVALID'],
    ['removing the name', () => updateActor(graph, ids.rosa, { removeAliases: [`rosa ${T}`] }), 'INVALID'],
    ['removing a name it does not have', () => updateActor(graph, ids.rosa, { removeAliases: ['Carmen'] }), 'INVALID'],
    ['an empty name', () => updateActor(graph, ids.rosa, { name: ' ... ' }), 'INVALID'],
  ] as const)('%s is refused', async (_what, call, code) => {
    const err = await refused(call());
    expect(err.code).toBe(code);
    expect(err.actorIds.length).toBeGreaterThan(0);
  });

  it('renaming an actor to the name of another one is a merge in disguise (CONFLICT)', async () => {
    await write({ id: `${tag}-w`, text: `Rita ${T} answered.` }, { entities: [[`Rita ${T}`, 'Person']] });
    const err = await refused(updateActor(graph, `person:rita ${tag}`, { name: `Rosa ${T}` }));
    expect(err).toMatchObject({ code: 'CONFLICT', actorIds: [`person:rita ${tag}`, ids.rosa].sort() });
  });

  it('and leaves nothing behind', async () => {
    expect(await actor(ids.rosa)).toMatchObject({ curated: false, name: `Rosa ${T}` });
    expect(await listCurations(graph, { actorId: ids.rosa, first: 5 })).toEqual([]);
  });
});

describe('updateActor', () => {
  const tag = randomTag();
  const T = capitalize(tag);
  const id = `person:juan ${tag}`;
  const docs: DocumentInput[] = [
    { id: `${tag}-1`, text: `Juan ${T} leads the ${T} Guild. ${T} spoke first.` },
    { id: `${tag}-2`, text: `Juan ${T} was re-elected.` },
  ];
  const guild = `organization:${tag} guild`;
  let before: unknown;

  beforeAll(async () => {
    await write(docs[0]!, {
      entities: [
        [`Juan ${T}`, 'Person', [T]],
        [`${T} Guild`, 'Organization'],
      ],
      relations: [[`Juan ${T}`, 'LEADS', `${T} Guild`]],
    });
    await write(docs[1]!, { entities: [[`Juan ${T}`, 'Person']] });
    before = await graphState(tag);
  });

  it('renames, keeping the id and the old name as an alias that still resolves', async () => {
    const c = await updateActor(graph, id, { name: `Juan Pablo ${T}` });
    expect(c).toMatchObject({ kind: 'UPDATE', actorId: id, mergedIds: [] });
    expect(JSON.parse(c.before).actors[0]).toMatchObject({ id, name: `Juan ${T}` });
    const a = (await actor(id))!;
    expect(a).toMatchObject({ name: `Juan Pablo ${T}`, curated: true, documentCount: 2 });
    expect(a.aliases).toEqual(expect.arrayContaining([`Juan ${T}`, T]));
    const byOld = { id: `${tag}-3`, text: `Juan ${T} resigned.` };
    const byNew = { id: `${tag}-4`, text: `Juan Pablo ${T} resigned.` };
    await write(byOld, { entities: [[`Juan ${T}`, 'Person']] });
    await write(byNew, { entities: [[`Juan Pablo ${T}`, 'Person']] });
    expect(await entitiesOf(byOld.id)).toEqual([id]);
    expect(await entitiesOf(byNew.id)).toEqual([id]);
    // The writer keeps the curator's name.
    expect(await actor(id)).toMatchObject({ name: `Juan Pablo ${T}`, documentCount: 4 });
    await deleteDocument(graph, byOld.id);
    await deleteDocument(graph, byNew.id);
  });

  it('changes the type: labels follow, and documents of either type resolve to it', async () => {
    await updateActor(graph, id, { type: 'Organization' });
    let a = (await actor(id))!;
    expect(a.type).toBe('Organization');
    expect(a.labels.sort()).toEqual(['Actor', 'Entity', 'Organization']);
    const asPerson = { id: `${tag}-5`, text: `Juan Pablo ${T} signed.` };
    const asOrg = { id: `${tag}-6`, text: `Juan Pablo ${T} signed again.` };
    await write(asPerson, { entities: [[`Juan Pablo ${T}`, 'Person']] });
    await write(asOrg, { entities: [[`Juan Pablo ${T}`, 'Organization']] });
    expect(await entitiesOf(asPerson.id)).toEqual([id]);
    expect(await entitiesOf(asOrg.id)).toEqual([id]);
    a = (await actor(id))!;
    // A document that still calls it a person does not put the Person label back.
    expect(a.labels.sort()).toEqual(['Actor', 'Entity', 'Organization']);
    await deleteDocument(graph, asPerson.id);
    await deleteDocument(graph, asOrg.id);
  });

  it('adds an alias that later documents resolve to it, even one another actor shares', async () => {
    // Another organization is called "T" too: to the writer, the bare name is ambiguous.
    await write({ id: `${tag}-7`, text: `The ${T} Foundation disagreed. ${T} left.` }, { entities: [[`${T} Foundation`, 'Organization', [T]]] });
    await updateActor(graph, id, { addAliases: ['El Flaco', T] });
    const a = (await actor(id))!;
    expect(a.aliases).toEqual(expect.arrayContaining(['El Flaco', T]));
    expect(a.keys).toEqual(expect.arrayContaining(['Organization|el flaco']));
    const doc = { id: `${tag}-8`, text: `El Flaco returned. ${T} returned too.` };
    await write(doc, { entities: [['El Flaco', 'Organization'], [T, 'Organization']] });
    expect(await entitiesOf(doc.id)).toEqual([id]);
    await deleteDocument(graph, doc.id);
    await deleteDocument(graph, `${tag}-7`);
  });

  it('removes an alias: no longer shown, and no longer resolving, even when a later document uses it', async () => {
    await updateActor(graph, id, { removeAliases: [T] });
    let a = (await actor(id))!;
    expect(a.aliases).not.toContain(T);
    expect(a.keys.some((k) => k.endsWith(`|${tag}`))).toBe(false);
    const alone = { id: `${tag}-9`, text: `${T} complained.` };
    await write(alone, { entities: [[T, 'Organization']] });
    expect(await entitiesOf(alone.id)).toEqual([`organization:${tag}`]);
    // A document naming it with that alias among its names does not bring the alias back.
    const withAlias = { id: `${tag}-10`, text: `Juan Pablo ${T}, known as ${T}, complained.` };
    await write(withAlias, { entities: [[`Juan Pablo ${T}`, 'Organization', [T]]] });
    expect(await entitiesOf(withAlias.id)).toEqual([id]);
    a = (await actor(id))!;
    expect(a.aliases).not.toContain(T);
    expect(a.keys.some((k) => k.endsWith(`|${tag}`))).toBe(false);
    await deleteDocument(graph, alone.id);
    await deleteDocument(graph, withAlias.id);
  });

  it('undone one by one, newest first, gives back the actor as it was', async () => {
    const log = await listCurations(graph, { actorId: id, first: 10 });
    expect(log.map((c) => c.kind)).toEqual(['UPDATE', 'UPDATE', 'UPDATE', 'UPDATE']);
    for (const c of log) await undoCuration(graph, c.id);
    expect(await graphState(tag)).toEqual(before);
    expect(await actor(id)).toMatchObject({ name: `Juan ${T}`, type: 'Person', aliases: [T], curated: false });
  });

  it('the relation of the actor survives all of it', async () => {
    expect(await relation(id, guild)).toEqual([{ predicate: 'LEADS', sourceCount: 1, docIds: [docs[0]!.id] }]);
  });
});
