import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { placeRank } from '../../src/extract/relations/chains.js';
import { containment } from '../../src/extract/relations/containment.js';

/** Sentences written for these tests: address chains, and a province named beside a place. */
function located(text: string): string[] {
  const x = extract({ id: 't', text });
  const name = (id: string) => x.entities.find((e) => e.id === id)?.name ?? id;
  return x.relations.filter((r) => r.predicate === 'LOCATED_IN').map((r) => `${name(r.subject)} > ${name(r.object)}`);
}

describe('placeRank: how large a place is', () => {
  it.each([
    ['France', 4],
    ['Ohio', 3],
    ['Gansu Province', 3],
    ['Marlow County', 2],
    ['Borough of Ashby', 2],
    ['Quillan Township', 2],
    ['Pettiford', 1],
    ['Harrow Castle', 0],
  ])('%s ranks %i', (name, rank) => {
    expect(placeRank(name, containment().readings(name))).toBe(rank);
  });
});

const holds: Array<[string, string, string]> = [
  ['a state\'s name before another state is a town there', 'Elm Terrace is a row of houses in Nevada, Iowa, United States.', 'Nevada > Iowa'],
  ['a stated fact about a small homonym of a big city is kept', 'Harrow Mill is a museum in Derby, Connecticut, United States.', 'Derby > United States'],
  ['a big city that shares a province\'s name, chosen by the story', 'The ferry to Victoria runs every hour. British Columbia pays for it, and Canada pays the rest.', 'Victoria > British Columbia'],
  ['a school heads an address chain', 'The Tesk Grammar School, Ashby, Kansas, closed in 1990.', 'Tesk Grammar School > Ashby'],
  ['a landmark heads an address chain', 'The medal hangs in the Harrow Castle, Pettiford, Ohio, to this day.', 'Harrow Castle > Pettiford'],
  ['a small homonym of a big city, in the province and country the story names', 'The last factory in Hamilton closed in May. Workers across Ohio and the rest of the United States protested.', 'Hamilton > Ohio'],
  ['an unknown town and the one province of its sentence, when the story names several', 'Buses from the village of Elm Hollow reach Ohio daily. Kansas and Iowa have no service.', 'Elm Hollow > Ohio'],
  ['a county after a town, then its state', 'The Harlow mill stood at Pettiford, Marlow County, Ohio, until the flood.', 'Pettiford > Marlow County'],
  ['the county of a chain in its state', 'The Harlow mill stood at Pettiford, Marlow County, Ohio, until the flood.', 'Marlow County > Ohio'],
  ['an unknown town before a state', 'Her family farmed near Quarrytown, Kansas, for three generations.', 'Quarrytown > Kansas'],
  ['"X in Y, Z": a village in a state that starts a chain', 'She was born in Quarrytown in Kansas, United States, and grew up in Ohio.', 'Quarrytown > Kansas'],
  ['a polity named by its designator lies where its bare name does', 'Richmond became the capital of the Commonwealth of Virginia in 1780.', 'Richmond > Commonwealth of Virginia'],
];

const never: Array<[string, string, string]> = [
  ['the province, when the story names its country', 'Bushfires spread across Victoria. Australia sent the army, and Canada sent planes.', 'Victoria > Canada'],
  ['a big city, not a small homonym in the one country the story names', 'San Diego sent doctors to Mexico after the storm.', 'San Diego > Mexico'],
  ['a list of states', 'Storms reached Kansas, Missouri, Iowa and Nebraska by evening.', 'Kansas > Missouri'],
  ['a list of towns', 'The bus stops at Pettiford, Quarrytown, Elm Hollow and Ashby.', 'Pettiford > Quarrytown'],
  ['a list of countries', 'Delegates came from Peru, Chile, Bolivia and Ecuador.', 'Peru > Chile'],
  ['a kingdom named in a sentence with a state', 'Envoys of the Kingdom of Tesk reached Ohio in 1790. Kansas was still unmapped.', 'Kingdom of Tesk > Ohio'],
  ['an unknown town and two provinces in its sentence', 'Buses from the village of Elm Hollow reach Ohio and Kansas daily. Iowa has no service.', 'Elm Hollow > Ohio'],
  ['"in X, Y and Z": a list after "in"', 'Pettiford in Kansas, Ohio and Iowa was the name of three towns.', 'Pettiford > Kansas'],
  ['a region named beside a state', 'New England, Connecticut and New York share a power grid.', 'New England > Connecticut'],
];

describe('LOCATED_IN from address chains', () => {
  it.each(holds)('%s', (_, text, want) => {
    const got = located(text);
    expect(got, JSON.stringify(got)).toContain(want);
  });
  it.each(never)('not: %s', (_, text, unwanted) => {
    const got = located(text);
    expect(got, JSON.stringify(got)).not.toContain(unwanted);
  });
});
