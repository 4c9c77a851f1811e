import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

/** Sentences written for these tests: where places and organisations lie, from world knowledge and the text. */
function located(text: string): string[] {
  const x = extract({ id: 't', text });
  const name = (id: string) => x.entities.find((e) => e.id === id)?.name ?? id;
  return x.relations.filter((r) => r.predicate === 'LOCATED_IN').map((r) => `${name(r.subject)} > ${name(r.object)}`);
}

const holds: Array<[string, string, string]> = [
  ['a city in its country, both named', 'The festival moved from Lyon to Marseille, the second city of France.', 'Lyon > France'],
  ['a city in its state', 'She grew up in Houston and later studied in Austin, the capital of Texas.', 'Houston > Texas'],
  ['a state in its country', 'Ohio sent more delegates than any other state to the convention in the United States.', 'Ohio > United States'],
  ['a country in its continent', 'Kenya is one of the fastest growing economies in Africa.', 'Kenya > Africa'],
  ['a big city rather than a small homonym', 'The tour went from Lincoln to Omaha, both in Nebraska, and then to Canada.', 'Lincoln > Nebraska'],
  ['closure over a stated fact', 'Lake Tarvo is a shallow lake in Ohio, far from the coasts of the United States.', 'Lake Tarvo > United States'],
  ['a town of the country the story is about, paragraphs apart', 'Rain fell all week in Porto.\nThe storm moved north overnight.\nFarmers said Portugal had not seen such a month.', 'Porto > Portugal'],
  ['two places of one paragraph, sentences apart', 'Rain fell all week in Porto. Farmers across Portugal said the harvest was lost.', 'Porto > Portugal'],
  ['a province by its English name', 'Floods cut the roads around Multan and Lahore, in Punjab, and the army was called in across Pakistan.', 'Punjab > Pakistan'],
  ['a subdivision known by an English exonym', 'The brewery sits near Munich in Bavaria, the largest state of Germany.', 'Bavaria > Germany'],
  ['an organisation named after its city', 'The University of Leipzig was founded before the city of Leipzig grew rich.', 'University of Leipzig > Leipzig'],
  ['a chain of town, county and state', 'Maren Quist was born in Aurora, DuPage County, Illinois.', 'Aurora > DuPage County'],
  ['"X district, Y": a district in its state', 'Palem is a hamlet in Kosgi mandal, Guntur district, Andhra Pradesh, India.', 'Guntur > Andhra Pradesh'],
  ['an encyclopedia intro puts a national body in the country its name says', 'The Ganddal Line is a railway line in Norway. It was built by the Norwegian State Railways.', 'Norwegian State Railways > Norway'],
  ['an encyclopedia intro puts an organisation placed nowhere else in its country', 'The Tarvo Lake is a lake in Estonia, the largest in the country. The Estonian Fishing Union manages it with the Lakeside Rowing Club.', 'Lakeside Rowing Club > Estonia'],
  ['an encyclopedia intro puts a country in a continent named sentences away', 'Tarvo Lake is a lake in Estonia. It is one of the largest lakes of northern Europe.', 'Estonia > Europe'],
];

const never: Array<[string, string, string]> = [
  ['a list of countries', 'The tour reached the United States, Canada, and Japan by May.', 'United States > Canada'],
  ['a country in another country', 'Colombia and the United States signed the treaty.', 'Colombia > United States'],
  ['a city and a country, not the story\'s own, named paragraphs apart', 'Rain fell all week in Porto.\nThe storm moved on to Spain overnight.\nSpain closed roads, and farmers in Spain said Portugal had warned them.', 'Porto > Portugal'],
  ['a state claimed by another (Taiwan is no province of China)', 'Ships crossed from China to Taiwan, and Taiwan protested.', 'Taiwan > China'],
  ['an organisation in a place it is not named after', 'The Red Cross sent aid to Chile.', 'Red Cross > Chile'],
  ['"X district, Y" is not read backwards', 'Palem is a hamlet in Kosgi mandal, Guntur district, Andhra Pradesh, India.', 'Andhra Pradesh > Guntur'],
  ['a news story names embassies abroad', 'LONDON 2010-03-01 Protesters gathered outside the Norwegian Embassy in London. Norway said it would reply.', 'Norwegian Embassy > Norway'],
  ['a news story names a continent for other reasons', 'ATHENS 2010-03-01 Greece cut its budget on Monday. Markets across Europe rose.', 'Greece > Europe'],
];

describe('LOCATED_IN from world knowledge', () => {
  it.each(holds)('%s', (_, text, want) => {
    const got = located(text);
    expect(got, JSON.stringify(got)).toContain(want);
  });
  it.each(never)('not: %s', (_, text, unwanted) => {
    const got = located(text);
    expect(got, JSON.stringify(got)).not.toContain(unwanted);
  });
});
