import { describe, expect, it } from 'vitest';
import { entitiesOf } from './_helpers.js';

const groups = (text: string) => entitiesOf(text).filter((e) => e.type === 'Group').map((e) => e.name);

describe('groups: collective actors by head noun with modifiers', () => {
  const cases: Array<[string, string[]]> = [
    ['Striking coal miners blocked the road.', ['coal miners']],
    ['The strike by dock workers spread to the railways.', ['dock workers']],
    ['Ethiopian taxi drivers and nurses joined the protest.', ['Ethiopian taxi drivers', 'nurses']],
    ['The radical left called for a boycott.', ['radical left']],
    ['Thousands of protesters marched on parliament.', ['protesters']],
    ['The student movement organised a march.', ['student movement']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(groups(text)).toEqual(expected);
  });

  // A stance noun read as the act, not the people: its own degree or evaluative adjective, a light verb before it,
  // "to"/"from" + the other side after it.
  const abstractStance: string[] = [
    'The dock workers expressed strong opposition to the new port tax.',
    'Farmers voiced fierce opposition to the plan on Monday.',
    'The council met stiff opposition from local traders.',
    'The bill faced growing opposition in the senate.',
    'Vocal opposition to the merger came from small shareholders.',
    'The mayor signalled her opposition to the tunnel.',
    'Opposition to the dam grew after the floods.',
  ];
  it.each(abstractStance)('no group for the stance noun: %s', (text) => {
    expect(groups(text).filter((g) => /opposition/i.test(g))).toEqual([]);
  });

  const stanceGroups: Array<[string, string]> = [
    ['The Syrian opposition met envoys in Geneva.', 'Syrian opposition'],
    ['The radical opposition boycotted the vote.', 'radical opposition'],
    ['The parliamentary opposition walked out of the chamber.', 'parliamentary opposition'],
    ['The Venezuelan opposition expressed anger at the ruling.', 'Venezuelan opposition'],
  ];
  it.each(stanceGroups)('still a group: %s', (text, group) => {
    expect(groups(text)).toContain(group);
  });

  it('needs a modifier for generic heads ("workers", "people")', () => {
    expect(groups('The company fired 200 workers and hired people from abroad.')).toEqual([]);
  });

  it('leaves out source words and verbs before the head', () => {
    expect(groups('Analysts said the vote was close, leaving tourists stranded.')).toEqual([]);
  });

  it('joins shorter mentions to the fullest group', () => {
    const es = entitiesOf('Greek air traffic controllers went on strike. The controllers want more pay. Traffic controllers met on Monday.');
    const g = es.filter((e) => e.type === 'Group');
    expect(g.map((e) => e.name)).toEqual(['Greek air traffic controllers']);
    expect(g[0]!.aliases.sort()).toEqual(['controllers', 'Traffic controllers'].sort());
  });

  it('joins the agent noun to the group its verb describes ("strikers")', () => {
    const g = entitiesOf('Striking postal employees stayed home. The strikers demanded a raise.').filter((e) => e.type === 'Group');
    expect(g).toHaveLength(1);
    expect(g[0]!.aliases).toContain('strikers');
  });

  it('leaves a group named after a name to that name', () => {
    expect(groups('Mendoza backers cheered.')).toEqual([]);
  });
});
