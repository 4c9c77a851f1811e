import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capitalize, randomTag } from '../helpers/extraction.js';
import { openTestApi, type TestApi } from './client.js';

let t: TestApi;
/** Names and ids unique to this run, so nothing here collides with the sample corpus. */
const tag = randomTag();
const surname = capitalize(tag);
const docId = `api-mutation-${tag}`;
const created = new Set<string>();

beforeAll(async () => {
  t = await openTestApi();
});
afterAll(async () => {
  for (const id of created) await t.gql('mutation($id: ID!) { deleteDocument(id: $id) { deleted } }', { id });
  // Nothing of this file stays behind for the other test files.
  for (const id of created) expect((await t.gql('query($id: ID!) { document(id: $id) { id } }', { id })).data!.document).toBeNull();
  for (const name of [`Teodora ${surname}`, `Ottilie ${surname}berg`, `Ruprecht ${surname}stein`]) {
    expect((await t.gql('query($s: String) { actors(search: $s) { totalCount } }', { s: name })).data!.actors.totalCount, name).toBe(0);
  }
  await t.close();
});

const INGEST = `mutation($input: DocumentInput!) {
  ingestDocument(input: $input) {
    status entities relations events mentions
    document { id title url publishedAt sentenceCount entities { entity { id name } mentions } events { type } }
  }
}`;

function article(id: string, extra = '') {
  created.add(id);
  return {
    id,
    title: `Dock union calls strike (${tag})`,
    publishedAt: '2024-05-04',
    url: `https://example.org/${id}`,
    text: `Teodora ${surname}, the leader of the Quillon ${surname} Dock Workers Union, called a strike on 3 May 2024. Mayor Anselm ${surname}ov met Teodora ${surname} on Friday.${extra}`,
  };
}

describe('ingestDocument and deleteDocument', () => {
  it('extracts and writes a new document, which then reads back like any other', async () => {
    const input = article(docId);
    const res = await t.gql(INGEST, { input });
    expect(res.errors).toBeUndefined();
    const out = res.data!.ingestDocument;
    expect(out.status).toBe('NEW');
    expect(out.entities).toBeGreaterThanOrEqual(2);
    expect(out.mentions).toBeGreaterThanOrEqual(out.entities);
    expect(out.events).toBeGreaterThanOrEqual(1);
    expect(out.document).toMatchObject({ id: docId, title: input.title, url: input.url, publishedAt: '2024-05-04', sentenceCount: 2 });
    expect(out.document.entities.map((e: { entity: { name: string } }) => e.entity.name)).toContain(`Teodora ${surname}`);

    const { data } = await t.gql('query($s: String) { actors(search: $s) { nodes { name documents { id } } } }', { s: `Teodora ${surname}` });
    expect(data!.actors.nodes[0]).toEqual({ name: `Teodora ${surname}`, documents: [{ id: docId }] });
  });

  it('reports an identical document as UNCHANGED and a changed one as UPDATED', async () => {
    const again = await t.gql(INGEST, { input: article(docId) });
    expect(again.data!.ingestDocument).toMatchObject({ status: 'UNCHANGED', document: { id: docId } });
    const changed = await t.gql(INGEST, { input: article(docId, ' The strike ended on Sunday.') });
    expect(changed.data!.ingestDocument).toMatchObject({ status: 'UPDATED', document: { id: docId, sentenceCount: 3 } });
  });

  it('deletes a document and the facts only it supported, and says when there was none', async () => {
    const other = `${docId}-gone`;
    await t.gql(INGEST, { input: { ...article(other), text: `Mayor Brunhild ${surname}ek resigned on Monday.` } });
    const before = await t.gql('query($s: String) { actors(search: $s) { totalCount } }', { s: `Brunhild ${surname}ek` });
    expect(before.data!.actors.totalCount).toBe(1);
    const del = await t.gql('mutation($id: ID!) { deleteDocument(id: $id) { id deleted } }', { id: other });
    expect(del.data!.deleteDocument).toEqual({ id: other, deleted: true });
    const after = await t.gql('query($id: ID!, $s: String) { document(id: $id) { id } actors(search: $s) { totalCount } }', { id: other, s: `Brunhild ${surname}ek` });
    expect(after.data).toEqual({ document: null, actors: { totalCount: 0 } });
    const twice = await t.gql('mutation($id: ID!) { deleteDocument(id: $id) { id deleted } }', { id: other });
    expect(twice.data!.deleteDocument).toEqual({ id: other, deleted: false });
  });

  it('refuses empty ids and texts, and malformed dates, as user errors', async () => {
    for (const input of [
      { id: '  ', text: 'Some text.' },
      { id: `${docId}-empty`, text: '   ' },
    ]) {
      const res = await t.gql(INGEST, { input });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const badDate = await t.gql(INGEST, { input: { id: `${docId}-date`, text: 'Some text.', publishedAt: '4 May 2024' } });
    expect(badDate.errors?.[0]?.message).toMatch(/PartialDate/);
    expect((await t.gql('query($id: ID!) { document(id: $id) { id } }', { id: `${docId}-empty` })).data!.document).toBeNull();
  });
});

describe('the API token', () => {
  let guarded: TestApi;
  beforeAll(async () => {
    guarded = await openTestApi({ apiToken: 's3cret-token' });
  });
  afterAll(async () => guarded.close());

  const del = 'mutation { deleteDocument(id: "no-such-document-here") { deleted } }';

  it('refuses mutations without the token (UNAUTHENTICATED) or with a wrong one (FORBIDDEN), and runs nothing', async () => {
    const none = await guarded.gql(del);
    expect(none.errors).toEqual([expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } })]);
    expect(none.errors![0]!.message).toMatch(/Authorization: Bearer/);
    expect(none.data ?? null).toBeNull();
    const notBearer = await guarded.gql(del, undefined, { authorization: 'Basic czNjcmV0LXRva2Vu' });
    expect(notBearer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await guarded.gql(del, undefined, { authorization: 'Bearer not-the-token' });
    expect(wrong.errors).toEqual([expect.objectContaining({ extensions: { code: 'FORBIDDEN' } })]);
    const input = article(`${docId}-refused`);
    await guarded.gql(INGEST, { input }, { authorization: 'Bearer wrong' });
    expect((await guarded.gql('query($id: ID!) { document(id: $id) { id } }', { id: input.id })).data!.document).toBeNull();
  });

  it('runs mutations with the right token, and queries with or without one', async () => {
    const ok = await guarded.gql(del, undefined, { authorization: 'Bearer s3cret-token' });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.deleteDocument).toEqual({ deleted: false });
    const open = await guarded.gql('{ stats { documents } }');
    expect(open.errors).toBeUndefined();
    const withWrong = await guarded.gql('{ stats { documents } }', undefined, { authorization: 'Bearer whatever' });
    expect(withWrong.errors).toBeUndefined();
  });

  it('leaves mutations open when the server has no token', async () => {
    const res = await t.gql(del);
    expect(res.errors).toBeUndefined();
  });
});

describe('curation', () => {
  const curationDoc = `${docId}-curation`;
  const CURATION = 'curation { id kind actorId mergedIds changes before undoneAt actor { id } }';
  let people: string[] = [];

  beforeAll(async () => {
    created.add(curationDoc);
    const text = `Senator Ottilie ${surname}berg met Councillor Ruprecht ${surname}stein in Brussels on Tuesday. Later ${surname}berg criticised Ruprecht ${surname}stein.`;
    const res = await t.gql(INGEST, { input: { id: curationDoc, text, publishedAt: '2024-06-04' } });
    expect(res.errors).toBeUndefined();
    const found = await t.gql('query($id: ID!) { document(id: $id) { entities(type: Person) { entity { id name } } } }', { id: curationDoc });
    people = found.data!.document.entities.map((e: { entity: { id: string } }) => e.entity.id).sort();
    expect(people).toHaveLength(2);
  });

  it('updates an actor, lists the curation, and undoes it', async () => {
    const [id] = people;
    const upd = await t.gql(`mutation($id: ID!) { updateActor(id: $id, addAliases: ["The ${surname} Senator"]) { ${CURATION} actor { id aliases curated } } }`, { id });
    expect(upd.errors).toBeUndefined();
    const { curation, actor } = upd.data!.updateActor;
    expect(curation).toMatchObject({ kind: 'UPDATE', actorId: id, mergedIds: [], undoneAt: null, actor: { id } });
    expect(JSON.parse(curation.changes)).toMatchObject({ addAliases: [`The ${surname} Senator`] });
    expect(actor).toMatchObject({ id, curated: true });
    expect(actor.aliases).toContain(`The ${surname} Senator`);

    const listed = await t.gql('query($a: ID) { curations(actor: $a) { id kind } all: curations(first: 1) { id } }', { a: id });
    expect(listed.data!.curations).toEqual([{ id: curation.id, kind: 'UPDATE' }]);
    expect(listed.data!.all).toEqual([{ id: curation.id }]);

    const undo = await t.gql('mutation($id: ID!) { undoCuration(id: $id) { id undoneAt actor { aliases curated } } }', { id: curation.id });
    expect(undo.errors).toBeUndefined();
    expect(undo.data!.undoCuration.undoneAt).toMatch(/^\d{4}-/);
    expect(undo.data!.undoCuration.actor.aliases).not.toContain(`The ${surname} Senator`);
  });

  it('merges actors into one and undoes the merge', async () => {
    const [into, from] = people as [string, string];
    const merged = await t.gql(`mutation($into: ID!, $from: [ID!]!) { mergeActors(into: $into, from: $from) { ${CURATION} actor { id mentionCount } } }`, { into, from: [from] });
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.mergeActors.curation).toMatchObject({ kind: 'MERGE', actorId: into, mergedIds: [from] });
    const gone = await t.gql('query($id: ID!) { actor(id: $id) { id } }', { id: from });
    expect(gone.data!.actor).toBeNull();
    const undo = await t.gql('mutation($id: ID!) { undoCuration(id: $id) { id undoneAt } }', { id: merged.data!.mergeActors.curation.id });
    expect(undo.errors).toBeUndefined();
    const back = await t.gql('query($id: ID!) { actor(id: $id) { id } }', { id: from });
    expect(back.data!.actor).toEqual({ id: from });
  });

  it('maps refusals to NOT_FOUND, BAD_USER_INPUT and CONFLICT', async () => {
    const missing = await t.gql('mutation { mergeActors(into: "person:nobody here", from: ["person:nor here"]) { actor { id } } }');
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const noUndo = await t.gql('mutation { undoCuration(id: "curation:none") { id } }');
    expect(noUndo.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const self = await t.gql('mutation($id: ID!) { mergeActors(into: $id, from: [$id]) { actor { id } } }', { id: people[0] });
    expect(self.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const upd = await t.gql('mutation($id: ID!) { updateActor(id: $id, name: "Ottilie Renamed") { curation { id } } }', { id: people[0] });
    const curationId = upd.data!.updateActor.curation.id;
    await t.gql('mutation($id: ID!) { undoCuration(id: $id) { id } }', { id: curationId });
    const twice = await t.gql('mutation($id: ID!) { undoCuration(id: $id) { id } }', { id: curationId });
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    for (const res of [missing, noUndo, self, twice]) expect(t.logs.join('\n')).not.toContain(res.errors![0]!.message);
  });
});
