import { describe, expect, it } from 'vitest';
import { assignEventIds, type EventReport } from '../../src/graph/event-identity.js';

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
