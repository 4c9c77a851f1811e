import { describe, expect, it } from 'vitest';
import { relationCues } from '../../../src/extract/relations/cues.js';
import { isMilitaryUnit, isNationalForce } from '../../../src/extract/relations/forces.js';
import { type TripleRow, tripleTables } from './triples.js';

/** Texts written for these tests: one national force named, its units and ranked officers belong to it. */
const found: TripleRow[] = [
  ['a regiment in a text about one army', 'The Ruritanian Army formed the Glass Hill Regiment in 1902. The regiment fought at Varno.', ['Glass Hill Regiment', 'PART_OF', 'Ruritanian Army']],
  ['a fleet in a text about one navy', 'In 1931 the Ruritanian Navy moved the Amber Fleet to the southern ports.', ['Amber Fleet', 'PART_OF', 'Ruritanian Navy']],
  ['a ranked officer', 'Major General Tomas Verrin joined the Ruritanian Army in 1890 and retired in 1931.', ['Tomas Verrin', 'MEMBER_OF', 'Ruritanian Army']],
  ['an officer named with his rank later in the text', 'The Ruritanian Navy grew quickly. Its plans were drawn by Admiral Ivo Kessel.', ['Ivo Kessel', 'MEMBER_OF', 'Ruritanian Navy']],
  ['the commander of a force serves in it', 'Ivo Kessel was the commander of the Ruritanian Navy from 1930 to 1934.', ['Ivo Kessel', 'MEMBER_OF', 'Ruritanian Navy']],
  ['the commander of a force still heads it', 'Ivo Kessel was the commander of the Ruritanian Navy from 1930 to 1934.', ['Ivo Kessel', 'LEADS', 'Ruritanian Navy']],
];

const absent: TripleRow[] = [
  ['two forces named: whose unit is whose is not guessed', 'The Ruritanian Army and the Borovian Army met at Varno, where the Glass Hill Regiment held the bridge.', ['Glass Hill Regiment', 'PART_OF', 'Ruritanian Army']],
  ['an office ending in "General" is no rank', 'The Ruritanian Army was reformed in 1920. Attorney General Bo Tarnek objected to the reform.', ['Bo Tarnek', 'MEMBER_OF', 'Ruritanian Army']],
  ['an officer of another country', 'The Ruritanian Army was reformed in 1920. French Colonel Luc Mardel observed the reform.', ['Luc Mardel', 'MEMBER_OF', 'Ruritanian Army']],
  ['a numbered army is a unit, not a national force', 'The Second Army crossed the river. Colonel Ana Lusken led the vanguard.', ['Ana Lusken', 'MEMBER_OF', 'Second Army']],
  ['a person without a rank', 'The Ruritanian Army was reformed in 1920. The writer Ana Lusken described the reform.', ['Ana Lusken', 'MEMBER_OF', 'Ruritanian Army']],
];

tripleTables('armed forces in a document', found, absent);

describe('force and unit names', () => {
  const military = relationCues().military;
  it.each([
    ['Ruritanian Army', true], ['United States Navy', true], ['Royal Air Force', true],
    ['Second Army', false], ['Eastern District Army', false], ['Army', false], ['Glass Hill Regiment', false],
  ])('%s is a national force: %s', (name, want) => expect(isNationalForce(name, military)).toBe(want));
  it.each([
    ['Glass Hill Regiment', true], ['Amber Fleet', true], ['1st Armoured Division', true], ['Second Army', true],
    ['Networks Services Division', false], ['Legion of Honour', false], ['Regiment', false],
  ])('%s is a military unit: %s', (name, want) => expect(isMilitaryUnit(name, military)).toBe(want));
});

/** "deputy", "vice", "assistant" before a leading title: the second of a body, not its head. */
const subordinate: TripleRow[] = [
  ['deputy commander of an army', 'Dan Ollers, deputy commander of the Ruritanian Army, inspected the troops.', ['Dan Ollers', 'MEMBER_OF', 'Ruritanian Army']],
  ['deputy leader of a party', 'Ana Duvel was the deputy leader of the Farmers Party until 2004.', ['Ana Duvel', 'MEMBER_OF', 'Farmers Party']],
  ['vice chairman of a union', 'Mark Tellan, vice chairman of the Green Union, spoke first.', ['Mark Tellan', 'MEMBER_OF', 'Green Union']],
];
const notHead: TripleRow[] = [
  ['deputy commander of an army', 'Dan Ollers, deputy commander of the Ruritanian Army, inspected the troops.', ['Dan Ollers', 'LEADS', 'Ruritanian Army']],
  ['deputy leader of a party', 'Ana Duvel was the deputy leader of the Farmers Party until 2004.', ['Ana Duvel', 'LEADS', 'Farmers Party']],
  ['assistant director of a company', 'Paul Renk, assistant director of Norvik Holdings Inc., resigned.', ['Paul Renk', 'LEADS', 'Norvik Holdings Inc.']],
];
tripleTables('subordinate titles', subordinate, notHead);
