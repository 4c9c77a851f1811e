import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { DocumentInput } from '../../src/model/document.js';
import { openTestApi, type TestApi } from './client.js';
import { inRange, loadOracle, oracle, type OracleEvent, sampleDocuments } from './corpus.js';

let t: TestApi;
let docs: Map<string, DocumentInput>;
let o: Awaited<ReturnType<typeof loadOracle>>;

beforeAll(async () => {
  t = await openTestApi();
  docs = await sampleDocuments();
  o = await loadOracle(t.graph);
});
afterAll(async () => t.close());

const data = (query: string, variables?: Record<string, unknown>) => t.data(query, variables);

const byMentions = (a: { mentionCount: number; id: string }, b: { mentionCount: number; id: string }) => b.mentionCount - a.mentionCount || (a.id < b.id ? -1 : 1);
const eventOrder = (a: OracleEvent, b: OracleEvent) =>
  a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1;
/** The text a span covers in its sample document. */
const slice = (docId: string, span: { start: number; end: number }) => docs.get(docId)!.text.slice(span.start, span.end);

describe('the sample corpus went in with the real pipeline', () => {
  it('ingested every sample document, none failed', () => {
    const ingest = inject('samplesIngest');
    expect(ingest.failed).toBe(0);
    expect(ingest.new + ingest.updated + ingest.unchanged).toBe(docs.size);
  });
});

describe('stats', () => {
  it('counts documents and sentences as the samples and their extraction give them, and nodes by label, type and predicate', async () => {
    const { stats } = await data(`{ stats { documents sentences actors places events labels { key count } entityTypes { key count } eventTypes { key count } predicates { key count } } }`);
    const expectedSentences = [...docs.values()].reduce((n, d) => n + Math.max(1, extract(d).sentences.length), 0);
    expect(stats.documents).toBe(docs.size);
    expect(stats.sentences).toBe(expectedSentences);
    expect({ actors: stats.actors, places: stats.places, events: stats.events }).toEqual({ actors: o.census.actors, places: o.census.places, events: o.census.events });
    const types = new Map<string, number>();
    for (const a of o.actors) types.set(a.type, (types.get(a.type) ?? 0) + 1);
    types.set('Place', o.census.places);
    expect(Object.fromEntries(stats.entityTypes.map((c: { key: string; count: number }) => [c.key, c.count]))).toEqual(Object.fromEntries(types));
    const eventTypes = new Map<string, number>();
    for (const v of o.events) eventTypes.set(v.type, (eventTypes.get(v.type) ?? 0) + 1);
    expect(Object.fromEntries(stats.eventTypes.map((c: { key: string; count: number }) => [c.key, c.count]))).toEqual(Object.fromEntries(eventTypes));
    const predicates = new Map<string, number>();
    for (const r of o.relations) predicates.set(r.predicate, (predicates.get(r.predicate) ?? 0) + 1);
    expect(Object.fromEntries(stats.predicates.map((c: { key: string; count: number }) => [c.key, c.count]))).toEqual(Object.fromEntries(predicates));
    expect(stats.labels.map((c: { key: string }) => c.key)).not.toContain('SchemaMigration');
    expect(stats.labels).toContainEqual({ key: 'Document', count: docs.size });
  });
});

describe('actors', () => {
  it('lists the most mentioned first, with totalCount, and pages with cursors without gaps or repeats', async () => {
    const expected = [...o.actors].sort(byMentions).map((a) => a.id);
    const { actors: all } = await data(`{ actors(first: 12) { totalCount nodes { id } } }`);
    expect(all.totalCount).toBe(o.actors.length);
    expect(all.nodes.map((n: { id: string }) => n.id)).toEqual(expected.slice(0, 12));
    expect(expected[0]).toBe('person:michelle bachelet');

    const q = `query($after: String) { actors(first: 5, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`;
    const first = (await data(q)).actors;
    const second = (await data(q, { after: first.pageInfo.endCursor })).actors;
    expect([...first.edges, ...second.edges].map((e: { node: { id: string } }) => e.node.id)).toEqual(expected.slice(0, 10));
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.pageInfo.endCursor).toBe(first.edges[4].cursor);

    // Walking every page of 50 gives every actor once, in order, and the last page says so.
    const walk = `query($after: String) { actors(first: 50, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const pageOf: { pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: Array<{ id: string }> } = (await data(walk, { after })).actors;
      seen.push(...pageOf.nodes.map((n) => n.id));
      if (!pageOf.pageInfo.hasNextPage) break;
      after = pageOf.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('filters by type', async () => {
    const orgs = o.actors.filter((a) => a.type === 'Organization');
    const { actors } = await data(`{ actors(type: Organization, first: 100) { totalCount nodes { id type } } }`);
    expect(actors.totalCount).toBe(orgs.length);
    expect(new Set(actors.nodes.map((n: { type: string }) => n.type))).toEqual(new Set(['Organization']));
    expect(actors.nodes.map((n: { id: string }) => n.id)).toEqual([...orgs].sort(byMentions).map((a) => a.id));
  });

  it('searches names and aliases regardless of accents, case and a small typo, best match first', async () => {
    const q = `query($s: String) { actors(search: $s, first: 5) { totalCount edges { score node { id name aliases } } } }`;
    const pinera = (await data(q, { s: 'pinera' })).actors;
    expect(pinera.edges[0].node.name).toMatch(/Piñera/);
    const upper = (await data(q, { s: 'MICHELLE BACHELET' })).actors;
    expect(upper.edges[0].node.id).toBe('person:michelle bachelet');
    const typo = (await data(q, { s: 'Bachelett' })).actors;
    expect(typo.edges[0].node.id).toBe('person:michelle bachelet');
    const scores = typo.edges.map((e: { score: number }) => e.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(typo.totalCount).toBeGreaterThanOrEqual(typo.edges.length);
    // An alias alone finds the actor.
    const alias = (await data(q, { s: 'Matthei' })).actors;
    expect(alias.edges.map((e: { node: { id: string } }) => e.node.id)).toContain('person:evelyn matthei');
  });

  it('treats Lucene syntax in the search text as plain words, and text without words as no match', async () => {
    const q = `query($s: String) { actors(search: $s) { totalCount nodes { id } } }`;
    const syntax = (await data(q, { s: 'name:(Bachelet OR "x' })).actors;
    expect(syntax.nodes.map((n: { id: string }) => n.id)).toEqual([]);
    const bare = (await data(q, { s: 'bachelet)' })).actors;
    expect(bare.nodes.map((n: { id: string }) => n.id)).toContain('person:michelle bachelet');
    expect((await data(q, { s: '?! *' })).actors).toEqual({ totalCount: 0, nodes: [] });
  });
});

describe('one actor or entity', () => {
  it('gives the stored name, type, aliases and counts', async () => {
    const expected = o.actors.find((a) => a.id === 'person:michelle bachelet')!;
    const { actor } = await data(`{ actor(id: "person:michelle bachelet") { id name type aliases mentionCount documentCount curated } }`);
    expect(actor).toEqual({ ...expected, curated: false });
  });

  it('returns null for unknown ids and for places asked as actors; entity() resolves places', async () => {
    const place = o.events.find((v) => v.place)!.place!;
    const res = await data(`query($p: ID!) { a: actor(id: "person:nobody at all") { id } b: actor(id: $p) { id } e: entity(id: $p) { __typename id type } }`, { p: place });
    expect(res.a).toBeNull();
    expect(res.b).toBeNull();
    expect(res.e).toEqual({ __typename: 'Place', id: place, type: 'Place' });
  });

  it('lists the documents that name it, newest first', async () => {
    const id = 'person:michelle bachelet';
    const naming = o.documents.filter((d) => d.entities.some((e) => e.entity === id));
    const { actor } = await data(`{ actor(id: "${id}") { documentCount documents(first: 100) { id publishedAt } } }`);
    expect(actor.documents.map((d: { id: string }) => d.id).sort()).toEqual(naming.map((d) => d.id).sort());
    expect(actor.documentCount).toBe(naming.length);
    const dates = actor.documents.map((d: { publishedAt: string }) => d.publishedAt);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe('relations', () => {
  it('gives every relation of an entity with direction, the other end and evidence sentences pointing into the text', async () => {
    // The entity with the most relations in the corpus.
    const counts = new Map<string, number>();
    for (const r of o.relations) for (const id of [r.subject, r.object]) counts.set(id, (counts.get(id) ?? 0) + 1);
    const [id] = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    const expected = o.relations.filter((r) => r.subject === id || r.object === id);
    const { entity } = await data(
      `query($id: ID!) { entity(id: $id) { relations(first: 100) { predicate direction sourceCount subject { id } object { id } other { id }
         evidence(first: 5) { document { id } sentence { id text start end document { id } } span { start end } } } } }`,
      { id },
    );
    expect(entity.relations).toHaveLength(expected.length);
    for (const r of entity.relations) {
      const match = expected.find((e) => e.subject === r.subject.id && e.object === r.object.id && e.predicate === r.predicate)!;
      expect(match).toBeDefined();
      expect(r.sourceCount).toBe(match.sourceCount);
      expect(r.other.id).toBe(r.subject.id === id ? r.object.id : r.subject.id);
      const symmetric = ['OPPOSES', 'RELATIVE_OF'].includes(r.predicate);
      expect(r.direction).toBe(symmetric ? 'BOTH' : r.subject.id === id ? 'OUT' : 'IN');
      expect(r.evidence.length).toBeGreaterThan(0);
      for (const ev of r.evidence) {
        expect(ev.sentence.document.id).toBe(ev.document.id);
        expect(ev.sentence.text).toBe(slice(ev.document.id, ev.sentence));
        expect(ev.span.start).toBeGreaterThanOrEqual(ev.sentence.start);
        expect(ev.span.end).toBeLessThanOrEqual(ev.sentence.end);
      }
    }
    const sources = entity.relations.map((r: { sourceCount: number }) => r.sourceCount);
    expect(sources).toEqual([...sources].sort((a, b) => b - a));
  });

  it('filters by direction and predicate', async () => {
    const r = o.relations.find((x) => !['OPPOSES', 'RELATIVE_OF'].includes(x.predicate))!;
    const q = `query($id: ID!, $d: Direction, $p: Predicate) { entity(id: $id) { relations(direction: $d, predicate: $p, first: 100) { predicate direction subject { id } object { id } } } }`;
    const out = (await data(q, { id: r.subject, d: 'OUT' })).entity.relations;
    expect(out.length).toBe(o.relations.filter((x) => x.subject === r.subject || (x.object === r.subject && ['OPPOSES', 'RELATIVE_OF'].includes(x.predicate))).length);
    for (const x of out) expect(x.direction === 'BOTH' || x.subject.id === r.subject).toBe(true);
    const into = (await data(q, { id: r.object, d: 'IN', p: r.predicate })).entity.relations;
    expect(into.map((x: { subject: { id: string } }) => x.subject.id)).toContain(r.subject);
    for (const x of into) expect(x).toMatchObject({ predicate: r.predicate, direction: 'IN', object: { id: r.object } });
  });
});

describe('events', () => {
  it('lists events in date order, undated last, with totalCount and pages', async () => {
    const expected = [...o.events].sort(eventOrder).map((v) => v.id);
    const { events } = await data(`{ events(first: 100) { totalCount nodes { id date } } }`);
    expect(events.totalCount).toBe(o.events.length);
    expect(events.nodes.map((n: { id: string }) => n.id)).toEqual(expected.slice(0, 100));
    const page = (await data(`query($a: String) { events(first: 3, after: $a) { nodes { id } } }`, { a: Buffer.from('o:4').toString('base64url') })).events;
    expect(page.nodes.map((n: { id: string }) => n.id)).toEqual(expected.slice(5, 8));
  });

  it('keeps events overlapping a date range at the precision both dates have', async () => {
    const q = `query($from: PartialDate, $to: PartialDate) { events(from: $from, to: $to, first: 100) { totalCount nodes { id date } } }`;
    for (const [from, to] of [['2013-06', null], [null, '2013-11'], ['2013-11', '2013-12-15'], ['2014', '2014']] as const) {
      const expected = o.events.filter((v) => inRange(v.date, from, to)).sort(eventOrder).map((v) => v.id);
      const { events } = await data(q, { from, to });
      expect(events.nodes.map((n: { id: string }) => n.id), `${from}..${to}`).toEqual(expected);
      expect(events.totalCount).toBe(expected.length);
    }
    // A year-precision event is inside a month-precision range of that year.
    const yearOnly = o.events.find((v) => v.date?.length === 4);
    if (yearOnly) {
      const { events } = await data(q, { from: `${yearOnly.date}-06`, to: `${yearOnly.date}-07` });
      expect(events.nodes.map((n: { id: string }) => n.id)).toContain(yearOnly.id);
    }
  });

  it('filters by type, participant and place', async () => {
    const q = `query($type: EventType, $actor: ID, $place: ID) { events(type: $type, actor: $actor, place: $place, first: 100) { totalCount nodes { id } } }`;
    const type = o.events[0]!.type;
    const ofType = o.events.filter((v) => v.type === type).sort(eventOrder).map((v) => v.id);
    expect((await data(q, { type })).events.nodes.map((n: { id: string }) => n.id)).toEqual(ofType);
    const actor = 'person:michelle bachelet';
    const withActor = o.events.filter((v) => v.participants.some((p) => p.entity === actor)).sort(eventOrder).map((v) => v.id);
    expect(withActor.length).toBeGreaterThan(0);
    expect((await data(q, { actor })).events.nodes.map((n: { id: string }) => n.id)).toEqual(withActor);
    const place = o.events.find((v) => v.place)!.place!;
    const atPlace = o.events.filter((v) => v.place === place).sort(eventOrder).map((v) => v.id);
    expect((await data(q, { place })).events).toEqual({ totalCount: atPlace.length, nodes: atPlace.map((id) => ({ id })) });
  });

  it('gives one event with participants and roles, place, date, sources and evidence with the trigger', async () => {
    const v = [...o.events].sort((a, b) => b.participants.length - a.participants.length || (a.id < b.id ? -1 : 1))[0]!;
    const { event } = await data(
      `query($id: ID!) { event(id: $id) { id type date sourceCount place { id } participants { role sourceCount entity { id } }
         sources { id } evidence { document { id } sentence { text start end } span { start end } trigger triggerSpan { start end } } } }`,
      { id: v.id },
    );
    expect(event).toMatchObject({ id: v.id, type: v.type, date: v.date, sourceCount: new Set(v.reportDocs).size });
    expect(event.place?.id ?? null).toBe(v.place);
    expect(event.participants.map((p: { entity: { id: string }; role: string; sourceCount: number }) => [p.entity.id, p.role, p.sourceCount]).sort()).toEqual(
      v.participants.map((p) => [p.entity, p.role, p.docs]).sort(),
    );
    expect(event.sources.map((d: { id: string }) => d.id).sort()).toEqual([...new Set(v.reportDocs)].sort());
    expect(event.evidence.length).toBe(v.reportDocs.length);
    for (const ev of event.evidence) {
      expect(ev.sentence.text).toBe(slice(ev.document.id, ev.sentence));
      expect(slice(ev.document.id, ev.triggerSpan)).toBe(ev.trigger);
      expect(ev.triggerSpan.start).toBeGreaterThanOrEqual(ev.sentence.start);
    }
    const agents = (await data(`query($id: ID!) { event(id: $id) { participants(role: agent) { role } } }`, { id: v.id })).event.participants;
    expect(agents).toEqual(v.participants.filter((p) => p.role === 'agent').map(() => ({ role: 'agent' })));
  });

  it('gives an actor its events (newest first, filtered) and its timeline (dated, oldest first, with roles)', async () => {
    const id = 'person:michelle bachelet';
    const mine = o.events.filter((v) => v.participants.some((p) => p.entity === id));
    const { actor } = await data(`query($id: ID!) { actor(id: $id) { events(first: 100) { id date } dated: events(from: "1900", first: 100) { id } timeline { date roles event { id } } } }`, { id });
    expect(actor.events.map((v: { id: string }) => v.id).sort()).toEqual(mine.map((v) => v.id).sort());
    const dated = mine.filter((v) => v.date !== null);
    expect(actor.dated.map((v: { id: string }) => v.id).sort()).toEqual(dated.map((v) => v.id).sort());
    expect(actor.timeline.map((e: { event: { id: string } }) => e.event.id)).toEqual([...dated].sort(eventOrder).map((v) => v.id));
    for (const entry of actor.timeline) {
      const v = mine.find((x) => x.id === entry.event.id)!;
      expect(entry.date).toBe(v.date);
      expect(entry.roles.sort()).toEqual([...new Set(v.participants.filter((p) => p.entity === id).map((p) => p.role))].sort());
    }
  });
});

describe('co-mentions', () => {
  it('counts sentences and documents naming both, most shared sentences first', async () => {
    const { actor } = await data(`{ actor(id: "person:michelle bachelet") { coMentioned(first: 5) { actor { id } sentenceCount documentCount } } }`);
    expect(actor.coMentioned.length).toBeGreaterThan(0);
    const counts = actor.coMentioned.map((c: { sentenceCount: number }) => c.sentenceCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const c of actor.coMentioned) {
      const [truth] = await t.graph.read<{ sentences: number; documents: number }>(oracle.coMentions, { a: 'person:michelle bachelet', b: c.actor.id });
      expect({ s: c.sentenceCount, d: c.documentCount }).toEqual({ s: truth!.sentences, d: truth!.documents });
    }
  });
});

describe('documents', () => {
  it('lists documents newest first and filters by publication date', async () => {
    const newest = [...o.documents].sort((a, b) => (a.publishedAt === b.publishedAt ? (a.id < b.id ? -1 : 1) : (a.publishedAt ?? '') < (b.publishedAt ?? '') ? 1 : -1));
    const { documents } = await data(`{ documents(first: 100) { totalCount nodes { id publishedAt } } }`);
    expect(documents.totalCount).toBe(docs.size);
    expect(documents.nodes.map((d: { id: string }) => d.id)).toEqual(newest.map((d) => d.id));
    const in2014 = (await data(`{ documents(from: "2014", to: "2014-12-31", first: 100) { totalCount nodes { id } } }`)).documents;
    const expected = o.documents.filter((d) => inRange(d.publishedAt, '2014', '2014-12-31')).map((d) => d.id);
    expect(in2014.nodes.map((d: { id: string }) => d.id).sort()).toEqual(expected.sort());
    expect(in2014.totalCount).toBe(expected.length);
  });

  it('searches sentence text and returns the best matching sentence highlighted', async () => {
    const { documents } = await data(`{ documents(search: "STRIKES", first: 100) { totalCount edges { score node { id } snippet { text html highlights { start end } } } } }`);
    const withWord = [...docs.values()].filter((d) => /\bstrike/i.test(d.text)).map((d) => d.id);
    expect(documents.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual(expect.arrayContaining(withWord.sort()));
    expect(documents.totalCount).toBe(documents.edges.length);
    for (const e of documents.edges) {
      expect(e.score).toBeGreaterThan(0);
      expect(e.snippet.highlights.length).toBeGreaterThan(0);
      for (const h of e.snippet.highlights) expect(e.snippet.text.slice(h.start, h.end).toLowerCase()).toMatch(/^strike/);
      expect(e.snippet.html).toContain('<mark>');
    }
    const scores = documents.edges.map((e: { score: number }) => e.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('gives one document with its entities (most mentioned first), events and sentences', async () => {
    const d = o.documents.find((x) => x.id === 'chile-runoff-2013') ?? o.documents[0]!;
    const { document } = await data(
      `query($id: ID!) { document(id: $id) { id title url publishedAt ingestedAt sentenceCount entities(first: 100) { mentions names entity { id } } events { id } sentences { index text start end } } }`,
      { id: d.id },
    );
    const input = docs.get(d.id)!;
    expect(document).toMatchObject({ id: d.id, title: input.title ?? null, publishedAt: input.publishedAt ?? null, sentenceCount: d.sentenceCount });
    expect(document.ingestedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(document.entities.map((e: { entity: { id: string }; mentions: number }) => [e.entity.id, e.mentions]).sort()).toEqual(d.entities.map((e) => [e.entity, e.mentions]).sort());
    const mentions = document.entities.map((e: { mentions: number }) => e.mentions);
    expect(mentions).toEqual([...mentions].sort((a, b) => b - a));
    for (const e of document.entities) for (const name of e.names) expect(input.text).toContain(name);
    expect(document.events.map((v: { id: string }) => v.id).sort()).toEqual(o.events.filter((v) => v.reportDocs.includes(d.id)).map((v) => v.id).sort());
    expect(document.sentences).toHaveLength(d.sentenceCount);
    document.sentences.forEach((s: { index: number; text: string; start: number; end: number }, i: number) => {
      expect(s.index).toBe(i);
      expect(s.text).toBe(input.text.slice(s.start, s.end));
    });
    const people = (await data(`query($id: ID!) { document(id: $id) { entities(type: Person) { entity { type } } } }`, { id: d.id })).document.entities;
    for (const e of people) expect(e.entity.type).toBe('Person');
    expect((await data(`{ document(id: "no-such-document") { id } }`)).document).toBeNull();
  });
});

describe('search', () => {
  it('finds entities by name or alias and sentences by text, with highlighted snippets', async () => {
    const { search } = await data(`{ search(q: "Pinera Sebastián", first: 5) { query entities { score entity { id name } snippet { text highlights { start end } html } }
      sentences { score sentence { id text } document { id } snippet { text highlights { start end } html } } } }`);
    expect(search.query).toBe('Pinera Sebastián');
    expect(search.entities[0].entity.name).toMatch(/Sebastián Piñera/);
    const snippet = search.entities[0].snippet;
    expect(snippet.highlights.map((h: { start: number; end: number }) => snippet.text.slice(h.start, h.end))).toEqual(expect.arrayContaining(['Piñera']));
    expect(snippet.html).toContain('<mark>Piñera</mark>');
    expect(search.sentences.length).toBeGreaterThan(0);
    for (const s of search.sentences) {
      expect(s.sentence.id.startsWith(`${s.document.id}#`)).toBe(true);
      expect(s.snippet.highlights.length).toBeGreaterThan(0);
      for (const h of s.snippet.highlights) expect(s.snippet.text.slice(h.start, h.end).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()).toMatch(/^(pinera|sebastian)$/);
    }
  });

  it('escapes HTML in snippets and returns nothing for text without words', async () => {
    const { search } = await data(`{ search(q: "Workers' Federation") { sentences { snippet { text html } } } empty: search(q: "()") { entities { score } sentences { score } } }`);
    const quoted = search.sentences.find((s: { snippet: { text: string } }) => s.snippet.text.includes("'"));
    if (quoted) expect(quoted.snippet.html).not.toContain("'");
    const { empty } = await data(`{ empty: search(q: "()") { entities { score } sentences { score } } }`);
    expect(empty).toEqual({ entities: [], sentences: [] });
  });
});
