// The views the explorer's URL hash names (web/explorer/routes.js).
import { describe, expect, it } from 'vitest';
import { parseHash } from '../../web/explorer/routes.js';

describe('explorer routes', () => {
  it.each([
    ['', { name: 'start' }],
    ['#', { name: 'start' }],
    ['#unknown=1', { name: 'start' }],
    ['#actor=person%3Aana%20prado', { name: 'actor', id: 'person:ana prado' }],
    ['#from=person%3Aana&to=organization%3Aport', { name: 'connect', from: 'person:ana', to: 'organization:port' }],
    ['#from=person%3Aana', { name: 'start' }],
    ['#from=person%3Aana&actor=person%3Alee', { name: 'actor', id: 'person:lee' }],
    ['#doc=d1&at=120', { name: 'document', id: 'd1', at: '120' }],
    ['#doc=d1', { name: 'document', id: 'd1', at: null }],
    ['#docs=', { name: 'documents', search: '' }],
    ['#docs=port+strike', { name: 'documents', search: 'port strike' }],
    ['#doc=d1&docs=x&actor=a', { name: 'document', id: 'd1', at: null }],
  ])('%j → %j', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
  });
});
