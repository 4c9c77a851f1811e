import { describe, expect, it } from 'vitest';
import { addDays, assignEventIds, eventLookups, type EventReport, fit, REPORTING_WINDOW_DAYS, reportingDay, type StoredEvent, withinReportingWindow } from '../../src/graph/event-identity.js';

// Reports of one event cluster in time: an undated report (or one of an
// undated event) joins an event only when its document was published within
// REPORTING_WINDOW_DAYS of every report of the event. Documents without a
// publication day keep the rule without a window.
const W = REPORTING_WINDOW_DAYS;

const report = (docId: string, o: { type?: string; date?: string | null; reportedOn?: string | null; place?: string | null; who?: Array<[string, string]> } = {}): EventReport => ({
  key: `${docId}\u0000v1`,
  docId,
  type: o.type ?? 'Statement',
  date: o.date ?? null,
  place: o.place ?? null,
  reportedOn: o.reportedOn === undefined ? null : o.reportedOn,
  participants: (o.who ?? [['person:tova brenn', 'agent'], ['organization:kestrel mills', 'target']]).map(([entity, role]) => ({ entity, role, specific: true })),
});
const event = (o: { date?: string | null; firstReported?: string | null; lastReported?: string | null; type?: string } = {}) => ({
  type: o.type ?? 'Statement',
  date: o.date ?? null,
  places: new Set<string>(),
  participants: new Map([
    ['person:tova brenn', new Set(['agent'])],
    ['organization:kestrel mills', new Set(['target'])],
  ]),
  firstReported: o.firstReported ?? null,
  lastReported: o.lastReported ?? null,
});

describe('the reporting window', () => {
  it.each([
    ['same day', '2022-03-10', '2022-03-10', '2022-03-10', true],
    [`${W} days after the only report`, addDays('2022-03-10', W), '2022-03-10', '2022-03-10', true],
    [`${W + 1} days after the only report`, addDays('2022-03-10', W + 1), '2022-03-10', '2022-03-10', false],
    [`${W} days before the only report`, addDays('2022-03-10', -W), '2022-03-10', '2022-03-10', true],
    ['a year later', '2023-03-10', '2022-03-10', '2022-03-10', false],
    ['within the window of the first report but not of the last', addDays('2022-03-01', W), '2022-03-01', addDays('2022-03-01', 2 * W + 1), false],
    ['between first and last, near both', '2022-03-08', '2022-03-01', '2022-03-12', true],
    ['report without a publication day', null, '2022-03-10', '2022-03-10', true],
    ['event without publication days', '2022-03-10', null, null, true],
  ] as const)('%s: %s', (_, day, first, last, within) => {
    expect(withinReportingWindow(day, first, last)).toBe(within);
  });

  it.each([
    ['2024-05-03', '2024-05-03'],
    ['2024-05-03T23:10:00-05:00', '2024-05-03'],
    ['2024-05', null],
    [null, null],
  ] as const)('reporting day of publishedAt %s is %s', (published, day) => {
    expect(reportingDay(published)).toBe(day);
  });

  it.each([
    ['undated report, undated event, close', { reportedOn: '2022-03-12' }, { firstReported: '2022-03-10', lastReported: '2022-03-10' }, true],
    ['undated report, undated event, a year apart', { reportedOn: '2023-03-12' }, { firstReported: '2022-03-10', lastReported: '2022-03-10' }, false],
    ['dated report, undated event, a year apart', { date: '2023-03-11', reportedOn: '2023-03-12' }, { firstReported: '2022-03-10', lastReported: '2022-03-10' }, false],
    ['undated report, dated event, a year apart', { reportedOn: '2023-03-12' }, { date: '2022-03-09', firstReported: '2022-03-10', lastReported: '2022-03-10' }, false],
    ['both dated and agreeing, a year apart: the dates decide', { date: '2022-03-09', reportedOn: '2023-03-12' }, { date: '2022-03-09', firstReported: '2022-03-10', lastReported: '2022-03-10' }, true],
    ['undated, no publication day on the report', { reportedOn: null }, { firstReported: '2022-03-10', lastReported: '2022-03-10' }, true],
    ['undated, no publication day on the event', { reportedOn: '2023-03-12' }, {}, true],
  ] as const)('fit: %s → one event %s', (_, r, v, joins) => {
    expect(fit(report('a', r), event(v)) !== null).toBe(joins);
  });
});

describe('assignEventIds with publication days', () => {
  const stored = (o: Partial<StoredEvent> = {}): StoredEvent => ({
    id: 'event:old:v1',
    type: 'Statement',
    date: null,
    places: [],
    participants: [
      { entity: 'person:tova brenn', role: 'agent' },
      { entity: 'organization:kestrel mills', role: 'target' },
    ],
    firstReported: '2022-03-10',
    lastReported: '2022-03-10',
    ...o,
  });

  it.each([
    ['a week later joins the stored event', '2022-03-17', 'event:old:v1'],
    ['a year later is a new event', '2023-03-10', 'event:new:v1'],
    ['without a publication day, the rule without a window', null, 'event:old:v1'],
  ] as const)('%s', (_, day, id) => {
    const ids = assignEventIds([report('new', { reportedOn: day })], [stored()]);
    expect(ids.get('new\u0000v1')).toBe(id);
  });

  // Within one write, an event's span grows with the reports that join it,
  // and a later report is checked against all of them: joins do not chain.
  it('undated reports a week apart each do not chain an event along the calendar', () => {
    const days = ['2022-01-01', '2022-01-08', '2022-01-15', '2022-01-22', '2022-01-29'];
    const ids = assignEventIds(
      days.map((d, i) => report(`d${i}`, { reportedOn: d })),
      [],
    );
    const distinct = new Set(days.map((_, i) => ids.get(`d${i}\u0000v1`)));
    // d0..d2 are within the window of each other; d3 is more than W days after d0.
    expect(ids.get('d1\u0000v1')).toBe(ids.get('d0\u0000v1'));
    expect(ids.get('d2\u0000v1')).toBe(ids.get('d0\u0000v1'));
    expect(ids.get('d3\u0000v1')).not.toBe(ids.get('d0\u0000v1'));
    expect(distinct.size).toBe(2);
  });

  it('a stored event reported over a long span takes no undated report', () => {
    const ids = assignEventIds([report('new', { reportedOn: '2022-06-01' })], [stored({ firstReported: '2022-01-01', lastReported: '2022-12-01' })]);
    expect(ids.get('new\u0000v1')).toBe('event:new:v1');
  });
});

describe('the window the candidate lookup asks for', () => {
  it.each([
    ['one report', [report('a', { reportedOn: '2022-03-10' })], addDays('2022-03-10', -W), addDays('2022-03-10', W)],
    ['two reports: the union of their windows', [report('a', { reportedOn: '2022-03-10' }), report('b', { reportedOn: '2022-05-01' })], addDays('2022-03-10', -W), addDays('2022-05-01', W)],
    ['one report without a day: no window', [report('a', { reportedOn: '2022-03-10' }), report('b', { reportedOn: null })], null, null],
  ] as const)('%s', (_, reports, from, to) => {
    for (const p of eventLookups(reports).participants) expect({ from: p.from, to: p.to }).toEqual({ from, to });
  });
});
