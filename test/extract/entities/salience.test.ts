import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

const groupsOf = (text: string) => extract({ id: 't', text }).entities.filter((e) => e.type === 'Group').map((e) => e.name);

describe('groups kept only as actors: named twice, or given a part in an event or relation', () => {
  const cases: Array<[string, string, string[]]> = [
    ['named once, as background', 'The mayor thanked the volunteers. Kowalski Holdings signed the contract on Tuesday.', []],
    ['named once, in an "of" phrase', 'The number of pilgrims was exaggerated, the council said.', []],
    ['named twice', 'Dock workers met the mayor on Monday. The dock workers want higher wages.', ['Dock workers']],
    ['acting in an event', 'Thousands of dock workers protested in Gdansk on Monday.', ['dock workers']],
  ];
  it.each(cases)('%s', (_why, text, expected) => {
    expect(groupsOf(text)).toEqual(expected);
  });

  it('leaves every other entity alone', () => {
    const names = extract({ id: 't', text: 'The mayor thanked the volunteers in Gdansk.' }).entities.map((e) => `${e.name}/${e.type}`);
    expect(names).toEqual(['Gdansk/Place']);
  });
});
