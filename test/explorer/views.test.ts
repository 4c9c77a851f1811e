// The explorer's view builders (web/explorer/views.js), checked in Node with made-up data.
import { describe, expect, it } from 'vitest';
import {
  curationLog,
  dateHistogram,
  documentMarks,
  eventLabels,
  groupEvents,
  markSentences,
  periodEnd,
  readerHtml,
  safeUrl,
} from '../../web/explorer/views.js';

const node = (id: string, label: string, kind: string, weight = 1) => ({ id, label, kind, weight, depth: 1 });
const took = (id: string, actor: string, event: string, role = 'agent') => ({ id, source: actor, target: event, type: 'PARTICIPATED_IN', role, weight: 1 });

describe('document links', () => {
  it.each([
    ['https://news.example.org/a?b=1', 'https://news.example.org/a?b=1'],
    ['http://example.org/', 'http://example.org/'],
    ['javascript:alert(1)', undefined],
    ['JAVASCRIPT:alert(1)', undefined],
    [' javascript:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['/relative/path', undefined],
    ['', undefined],
    [null, undefined],
  ])('%j → %j', (url, expected) => expect(safeUrl(url)).toBe(expected));

  it('the reader never renders a javascript: source link', () => {
    const doc = { id: 'd', title: 'T', url: 'javascript:alert(1)', publishedAt: '2020', sentenceCount: 1, entities: [], events: [] };
    expect(readerHtml(doc, 'text', [], { truncated: false })).not.toContain('javascript:');
    expect(readerHtml({ ...doc, url: 'https://x.example/a' }, 'text', [], { truncated: false })).toContain('href="https://x.example/a"');
  });
});

describe('event labels', () => {
  const hood = {
    center: { id: 'person:ana rios' },
    nodes: [
      node('person:ana rios', 'Ana Ríos', 'Person', 9),
      node('person:luis mora', 'Luis Mora', 'Person', 4),
      node('organization:port union', 'Port Union', 'Organization', 2),
      node('event:d1:v1', 'Election 2019-10-27', 'Event'),
      node('event:d2:v1', 'Strike 2020', 'Event'),
      node('event:d3:v1', 'Protest', 'Event'),
    ],
    edges: [took('a', 'person:ana rios', 'event:d1:v1', 'winner'), took('b', 'person:luis mora', 'event:d1:v1', 'loser'), took('c', 'organization:port union', 'event:d2:v1')],
  };

  it('say what, when and who: type, date at its precision, drawn participants by mentions (persons by surname)', () => {
    const labels = eventLabels(hood);
    expect(labels.get('event:d1:v1')).toBe('Election · 27 Oct 2019 · Ríos, Mora');
    expect(labels.get('event:d2:v1')).toBe('Strike · 2020 · Port Union');
    expect(labels.get('event:d3:v1')).toBe('Protest · undated');
  });
});

describe('event groups', () => {
  const strikes = ['s1', 's2', 's3', 's4', 's5'].map((s, i) => node(`event:${s}:v1`, `Strike 2021-0${i + 1}`, 'Event'));
  const hood = {
    center: { id: 'group:dockers' },
    nodes: [node('group:dockers', 'dockers', 'Group', 5), node('person:eva sol', 'Eva Sol', 'Person'), ...strikes, node('event:e1:v1', 'Election 2021', 'Event')],
    edges: [
      ...strikes.map((s, i) => took(`t${i}`, 'group:dockers', s.id)),
      // One strike also names Eva Sol: it links two actors, so it stays on its own.
      took('x', 'person:eva sol', 'event:s5:v1'),
      took('y', 'group:dockers', 'event:e1:v1'),
    ],
  };

  it('collapse the events of one type around one actor into a counted node, keeping the ones that link two actors', () => {
    const g = groupEvents(hood, 3);
    const group = g.nodes.find((n) => n.members);
    expect(group).toMatchObject({ label: '4 × Strike', kind: 'Event', weight: 4 });
    expect(group!.members).toEqual(['event:s1:v1', 'event:s2:v1', 'event:s3:v1', 'event:s4:v1']);
    expect(g.nodes.map((n) => n.id)).toContain('event:s5:v1');
    expect(g.nodes.map((n) => n.id)).toContain('event:e1:v1');
    const toGroup = g.edges.filter((e) => e.target === group!.id);
    expect(toGroup).toHaveLength(1);
    expect(toGroup[0]).toMatchObject({ source: 'group:dockers', weight: 4, role: 'agent' });
  });

  it('leave a few events alone', () => {
    expect(groupEvents(hood, 5).groups.size).toBe(0);
  });
});

describe('date histogram', () => {
  it('bins by month within three years, by year otherwise, undated apart', () => {
    expect(dateHistogram(['2013-11-17', '2013-11', '2014-03-11', '2013', null])).toEqual({
      unit: 'month',
      bins: [
        { key: '2013', count: 1 },
        { key: '2013-11', count: 2 },
        { key: '2014-03', count: 1 },
      ],
      undated: 1,
    });
    expect(dateHistogram(['1973-09-11', '2013-11-17', '2014']).unit).toBe('year');
  });

  it('a period ends on its last day', () => {
    expect(periodEnd('2013')).toBe('2013-12-31');
    expect(periodEnd('2024-02')).toBe('2024-02-29');
    expect(periodEnd('2023-02')).toBe('2023-02-28');
  });
});

describe('document reader', () => {
  const sentences = [
    { text: 'Ana Ríos led the strike at the port.', start: 0, end: 36 },
    { text: 'The Port Union backed Ana Ríos.', start: 38, end: 69 },
  ];
  const marks = documentMarks(
    '',
    0,
    [],
    [{ id: 'event:d:v1', type: 'Strike', date: '2021', evidence: [{ document: { id: 'd' }, triggerSpan: { start: 17, end: 23 }, span: { start: 0, end: 36 } }] }],
    [{ predicate: 'SUPPORTS', subject: { id: 'organization:port union', name: 'Port Union' }, object: { id: 'person:ana rios', name: 'Ana Ríos' }, span: { start: 38, end: 69 } }],
    'd',
  );
  const entityMarks = sentences.flatMap((s) =>
    documentMarks(s.text, s.start, [{ entity: { id: 'person:ana rios', name: 'Ana Ríos', type: 'Person' }, names: ['Ana Ríos'] }], [], [], 'd').map((m) => ({ ...m, start: m.start + s.start, end: m.end + s.start })),
  );
  const html = markSentences(sentences, [...marks, ...entityMarks]);

  it('marks entities, event triggers and relations, each clickable with what it stands for', () => {
    expect(html).toContain('data-entity="person:ana rios"');
    expect(html.match(/data-entity="person:ana rios"/g)).toHaveLength(2);
    expect(html).toContain('<span role="button" tabindex="0" class="mark mark-event" title="Strike · 2021" data-event="event:d:v1">strike</span>');
    expect(html).toContain('data-subject="organization:port union" data-predicate="SUPPORTS" data-object="person:ana rios">Port Union supports Ana Ríos</span>');
    expect(html).toContain('<span class="sentence has-relation" data-start="38">');
  });

  it('escapes the text', () => {
    const out = markSentences([{ text: '<img src=x onerror=alert(1)>', start: 0, end: 28 }], []);
    expect(out).not.toContain('<img');
  });
});

describe('curation log', () => {
  it('says what each curation did, and offers undo until it is undone', () => {
    const html = curationLog([
      { id: 'c2', kind: 'UPDATE', at: '2026-12-06T18:00:00Z', actorId: 'person:ana rios', mergedIds: [], changes: JSON.stringify({ name: 'Ana María Ríos', addAliases: ['A. Ríos'] }), undoneAt: null },
      { id: 'c1', kind: 'MERGE', at: '2026-12-06T17:00:00Z', actorId: 'person:ana rios', mergedIds: ['person:a rios'], changes: '{}', undoneAt: '2026-12-06T17:30:00Z' },
    ]);
    expect(html).toContain('renamed to “Ana María Ríos”, + alias A. Ríos');
    expect(html).toContain('data-undo="c2"');
    expect(html).not.toContain('data-undo="c1"');
    expect(html).toContain('merged person:a rios into person:ana rios');
  });
});
