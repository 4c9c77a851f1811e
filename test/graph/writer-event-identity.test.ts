import { describe, expect, it } from 'vitest';
import { assignEventIds, eventLookups, type EventReport } from '../../src/graph/event-identity.js';

// Undated reports that share one specific participant are one event only when
// that participant takes part in such events once in that role (being bought,
// arrested, dying, resigning): a buyer of many companies is in many acquisitions.
const report = (docId: string, type: string, participants: Array<[string, string]>): EventReport => ({
  key: `${docId}\u0000v1`,
  docId,
  type,
  date: null,
  place: null,
  participants: participants.map(([entity, role]) => ({ entity, role, specific: true })),
});

describe('undated reports sharing one participant', () => {
  it.each([
    ['Acquisition', 'target', true],
    ['Acquisition', 'agent', false],
    ['Arrest', 'target', true],
    ['Attack', 'target', true],
    ['Attack', 'agent', false],
    ['Death', 'target', true],
    ['Resignation', 'agent', true],
    ['Coup', 'agent', true],
    ['Meeting', 'participant', false],
    ['Protest', 'agent', false],
  ] as const)('%s, shared as %s: one event %s', (type, role, joined) => {
    const ids = assignEventIds(
      [report('a', type, [['organization:shared', role], ['organization:first', role === 'target' ? 'agent' : 'target']]), report('b', type, [['organization:shared', role], ['organization:second', role === 'target' ? 'agent' : 'target']])],
      [],
    );
    expect(ids.get('b\u0000v1') === ids.get('a\u0000v1')).toBe(joined);
  });

  it('the acquisitions of one buyer stored before stay apart from a new one', () => {
    const ids = assignEventIds([report('new', 'Acquisition', [['organization:buyer', 'agent'], ['organization:third', 'target']])], [
      { id: 'event:first', type: 'Acquisition', date: null, places: [], participants: [{ entity: 'organization:buyer', role: 'agent' }] },
    ]);
    expect(ids.get('new\u0000v1')).toBe('event:new:v1');
  });
});

// The candidate lookup reads each participant's events once per group, asking
// for the types the group's reports need from it: any date when an undated
// report names it, undated events only when only dated reports do.
describe('what the candidate lookup asks for', () => {
  const dated = (docId: string, type: string, date: string, participants: Array<[string, boolean]>): EventReport => ({
    key: `${docId}\u0000v1`,
    docId,
    type,
    date,
    place: null,
    participants: participants.map(([entity, specific]) => ({ entity, role: 'agent', specific })),
  });
  const undated = (docId: string, type: string, participants: Array<[string, boolean]>): EventReport => ({ ...dated(docId, type, '', participants), date: null });

  it.each([
    ['one dated report', [dated('a', 'Strike', '2021-04-09', [['person:ines varo', true]])], [{ id: 'person:ines varo', anyDate: [], undatedOnly: ['Strike'], from: null, to: null }]],
    ['one undated report', [undated('a', 'Strike', [['person:ines varo', true]])], [{ id: 'person:ines varo', anyDate: ['Strike'], undatedOnly: [], from: null, to: null }]],
    [
      'two reports naming one participant: it is read once, for both',
      [dated('a', 'Strike', '2021-04-09', [['person:ines varo', true]]), undated('b', 'Meeting', [['person:ines varo', true]])],
      [{ id: 'person:ines varo', anyDate: ['Meeting'], undatedOnly: ['Strike'], from: null, to: null }],
    ],
    ['a generic participant is never looked up by', [undated('a', 'Protest', [['group:dockers@porto', false]])], []],
  ] as const)('%s', (_, reports, participants) => {
    expect(eventLookups(reports as unknown as EventReport[]).participants).toEqual(participants);
  });

  // A stored event can only be a report of its own type: of its participants,
  // only the specific ones of the group's reports of that type are read.
  it.each([
    ['one type', [dated('a', 'Strike', '2021-04-09', [['person:ines varo', true], ['group:dockers@porto', false]])], { Strike: ['person:ines varo'] }],
    [
      'two types, one participant in both',
      [dated('a', 'Strike', '2021-04-09', [['person:ines varo', true]]), undated('b', 'Meeting', [['person:ines varo', true], ['organization:varo textiles', true]])],
      { Strike: ['person:ines varo'], Meeting: ['organization:varo textiles', 'person:ines varo'] },
    ],
    ['only generic participants: nothing to read', [undated('a', 'Protest', [['group:dockers@porto', false]])], {}],
  ] as const)('participants read by type: %s', (_, reports, byType) => {
    expect(eventLookups(reports as unknown as EventReport[]).specificByType).toEqual(byType);
  });

  it('each dated (type, date) once, with the less precise dates it agrees with', () => {
    const lookups = eventLookups([
      dated('a', 'Strike', '2021-04-09', [['person:ines varo', true]]),
      dated('b', 'Strike', '2021-04-09', [['organization:varo textiles', true]]),
      dated('c', 'Strike', '2021', [['organization:varo textiles', true]]),
    ]);
    expect(lookups.dated).toEqual([
      { type: 'Strike', date: '2021-04-09', datePrefixes: ['2021', '2021-04', '2021-04-09'] },
      { type: 'Strike', date: '2021', datePrefixes: ['2021'] },
    ]);
    expect(lookups.specificIds).toEqual(['organization:varo textiles', 'person:ines varo']);
  });
});
