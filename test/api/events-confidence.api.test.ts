import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadQueries } from '../../src/graph/cypher.js';
import { randomTag } from '../helpers/extraction.js';
import { openTestApi, type TestApi } from './client.js';

/**
 * Issue 11 item 7 (one row per event in every list, `first` honoured) and the
 * API side of issues 9/10 (minConfidence on relations, events, neighborhoods).
 * The fixtures change the shared graph for the time of this file and put it back.
 */
const fx = loadQueries(
  {
    addPlace: 'api/add-event-place',
    removePlaces: 'api/remove-tagged-places',
    eventPlaces: 'api/event-places',
    places: 'api/places',
    setConfidence: 'api/set-event-confidence',
    restoreConfidence: 'api/restore-event-confidence',
    relationConfidences: 'api/relation-confidences',
    allEvents: 'api/all-events',
  },
  join(import.meta.dirname, '..', 'cypher'),
);

let t: TestApi;
const tag = `places-${randomTag()}`;
beforeAll(async () => {
  t = await openTestApi();
});
afterAll(async () => {
  await t.graph.write(fx.removePlaces, { tag });
  await t.graph.write(fx.restoreConfidence);
  await t.close();
});

const ids = (list: Array<{ id: string }>) => list.map((x) => x.id);

describe('7. one row per event, whatever its places', () => {
  let event: string;
  let participant: string;
  let places: string[];

  beforeAll(async () => {
    // Give three events a second (and third) place, as cross-document merges do.
    const told = await t.graph.read<{ event: string; place: string }>(fx.eventPlaces);
    const all = (await t.graph.read<{ id: string }>(fx.places)).map((p) => p.id);
    expect(told.length).toBeGreaterThan(0);
    for (const { event: v, place } of told.slice(0, 3)) {
      for (const other of all.filter((p) => p !== place).slice(0, 2)) await t.graph.write(fx.addPlace, { event: v, place: other, tag });
    }
    event = told[0]!.event;
    places = [told[0]!.place, ...all.filter((p) => p !== told[0]!.place).slice(0, 2)];
    const oracle = await t.graph.read<{ id: string; participants: Array<{ entity: string }> }>(fx.allEvents);
    participant = oracle.find((v) => v.id === event)!.participants[0]!.entity;
  });

  it('Query.events: `first` items at most, each once, and a total that counts events', async () => {
    const { events } = await t.data('{ events(first: 100) { totalCount nodes { id place { id } } } }');
    expect(events.nodes.length).toBe(Math.min(100, events.totalCount));
    expect(new Set(ids(events.nodes)).size).toBe(events.nodes.length);
    for (const n of [1, 3, 7]) {
      const page = await t.data(`{ events(first: ${n}) { nodes { id } } }`);
      expect(page.events.nodes.length).toBe(n);
    }
    // Paging walks every event once.
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const res: { events: { nodes: Array<{ id: string }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = (await t.data(
        'query($after: String) { events(first: 5, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }',
        { after },
      )) as never;
      seen.push(...ids(res.events.nodes));
      after = res.events.pageInfo.hasNextPage ? res.events.pageInfo.endCursor : null;
    } while (after);
    expect(seen.length).toBe(events.totalCount);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('shows an event told at several places at one of them, the most mentioned', async () => {
    const { event: v } = await t.data('query($id: ID!) { event(id: $id) { place { id mentionCount } } }', { id: event });
    expect(places).toContain(v.place.id);
    const mentions = await t.graph.read<{ id: string; mentions: number }>(fx.places);
    const best = Math.max(...mentions.filter((p) => places.includes(p.id)).map((p) => p.mentions));
    expect(v.place.mentionCount).toBe(best);
  });

  it('entity events, timelines, document events and events by place: each event once', async () => {
    const res = await t.data(
      `query($a: ID!, $p: ID!) {
        actor(id: $a) { events(first: 100) { id } timeline(first: 100) { event { id } } documents(first: 20) { events(first: 100) { id } } }
        place: entity(id: $p) { events(first: 100) { id } }
        byPlace: events(place: $p, first: 100) { totalCount nodes { id } }
      }`,
      { a: participant, p: places[1] },
    );
    const lists: string[][] = [
      ids(res.actor.events),
      res.actor.timeline.map((e: { event: { id: string } }) => e.event.id),
      ...res.actor.documents.map((d: { events: Array<{ id: string }> }) => ids(d.events)),
      ids(res.place.events),
      ids(res.byPlace.nodes),
    ];
    for (const list of lists) expect(new Set(list).size).toBe(list.length);
    expect(ids(res.actor.events)).toContain(event);
    expect(ids(res.place.events)).toContain(event);
    expect(res.byPlace.nodes.length).toBe(res.byPlace.totalCount);
  });
});

describe('minConfidence', () => {
  const ACTOR = 'person:evelyn matthei';

  it('keeps the relations of an actor whose confidence reaches it, filtered in Cypher', async () => {
    const oracle = await t.graph.read<{ predicate: string; subject: string; object: string; confidence: number | null }>(fx.relationConfidences, { id: ACTOR });
    const values = [...new Set(oracle.map((r) => r.confidence).filter((c): c is number => c !== null))].sort();
    expect(values.length).toBeGreaterThan(1);
    const threshold = values[Math.floor(values.length / 2)]!;
    const expected = oracle.filter((r) => r.confidence !== null && r.confidence >= threshold).map((r) => `${r.subject} ${r.predicate} ${r.object}`);
    const { actor } = await t.data('query($id: ID!, $c: Float) { actor(id: $id) { all: relations(first: 100) { confidence } kept: relations(first: 100, minConfidence: $c) { predicate confidence subject { id } object { id } } } }', {
      id: ACTOR,
      c: threshold,
    });
    expect(actor.all.length).toBe(oracle.length);
    expect(actor.kept.map((r: { predicate: string; subject: { id: string }; object: { id: string } }) => `${r.subject.id} ${r.predicate} ${r.object.id}`).sort()).toEqual(expected.sort());
    expect(actor.kept.length).toBeLessThan(actor.all.length);
    for (const r of actor.kept) expect(r.confidence).toBeGreaterThanOrEqual(threshold);
    const none = await t.data('query($id: ID!) { actor(id: $id) { relations(minConfidence: 1) { confidence } } }', { id: ACTOR });
    for (const r of none.actor.relations) expect(r.confidence).toBe(1);
  });

  it('keeps the events whose confidence reaches it, in every events list; events with none recorded never pass', async () => {
    const all = [...new Set((await t.graph.read<{ id: string }>(fx.allEvents)).map((v) => v.id))];
    // The writer records each event's confidence; here six events get known values and
    // the others none (as events written before confidences were recorded).
    const given = [0.3, 0.9, 0.6, 0.95, 0.1, 0.75];
    const rows = all.slice(0, given.length).map((id, i) => ({ id, confidence: given[i]! }));
    await t.graph.write(fx.setConfidence, { rows: all.map((id, i) => ({ id, confidence: given[i] ?? null })) });
    const high = rows.filter((r) => r.confidence >= 0.7).map((r) => r.id);
    const res = await t.data('{ events(minConfidence: 0.7, first: 100) { totalCount nodes { id confidence } } }');
    expect(ids(res.events.nodes).sort()).toEqual([...high].sort());
    expect(res.events.totalCount).toBe(high.length);
    for (const v of res.events.nodes) expect(v.confidence).toBeGreaterThanOrEqual(0.7);
    const zero = await t.data('{ events(minConfidence: 0, first: 100) { totalCount } }');
    expect(zero.events.totalCount).toBe(rows.length);

    const oracle = await t.graph.read<{ id: string; date: string | null; participants: Array<{ entity: string }> }>(fx.allEvents);
    const withHigh = oracle.find((v) => high.includes(v.id) && v.participants.length > 0 && v.date !== null)!;
    const actorId = withHigh.participants[0]!.entity;
    const entity = await t.data('query($id: ID!) { entity(id: $id) { events(first: 100) { id } kept: events(first: 100, minConfidence: 0.7) { id confidence } ... on Actor { timeline(minConfidence: 0.7) { event { id } } } } }', {
      id: actorId,
    });
    const expectedKept = ids(entity.entity.events).filter((id: string) => high.includes(id));
    expect(ids(entity.entity.kept).sort()).toEqual(expectedKept.sort());
    expect(ids(entity.entity.kept)).toContain(withHigh.id);
    if (entity.entity.timeline) for (const e of entity.entity.timeline) expect(high).toContain(e.event.id);
  });

  it('leaves out of a neighborhood the relations (and events) below it', async () => {
    const q = 'query($a: ID!, $c: Float) { neighborhood(actor: $a, depth: 1, limit: 100, minConfidence: $c) { nodes { id kind } edges { source target type } } }';
    const full = await t.data(q, { a: ACTOR, c: null });
    const oracle = await t.graph.read<{ predicate: string; subject: string; object: string; confidence: number | null }>(fx.relationConfidences, { id: ACTOR });
    const values = [...new Set(oracle.map((r) => r.confidence).filter((c): c is number => c !== null))].sort();
    const threshold = values[Math.floor(values.length / 2)]!;
    const filtered = await t.data(q, { a: ACTOR, c: threshold });
    const relationEdges = (n: { edges: Array<{ source: string; target: string; type: string }> }) =>
      n.edges.filter((e) => !['PARTICIPATED_IN', 'AT'].includes(e.type)).map((e) => `${e.source} ${e.type} ${e.target}`);
    const low = oracle.filter((r) => r.confidence === null || r.confidence < threshold).map((r) => `${r.subject} ${r.predicate} ${r.object}`);
    expect(relationEdges(full.neighborhood).some((e) => low.includes(e))).toBe(true);
    expect(relationEdges(filtered.neighborhood).some((e) => low.includes(e))).toBe(false);
    expect(filtered.neighborhood.nodes.length).toBeLessThan(full.neighborhood.nodes.length);
  });
});
