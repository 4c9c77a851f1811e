import { describe, expect, it } from 'vitest';
import { type EntityRow, toDocumentRows } from '../../src/graph/document-rows.js';
import { resolveEntities, type StoredEntity } from '../../src/graph/entity-identity.js';
import { assignEventIds, datesAgree, type EventReport } from '../../src/graph/event-identity.js';
import { countryCommonName, isGenericActor, placesAgree, stripPersonTitles } from '../../src/graph/name-data.js';
import { initialsOf, isAcronym, isPersonNameVariant } from '../../src/model/names.js';
import type { ExtractionSpec } from '../helpers/extraction.js';
import { handExtraction } from '../helpers/extraction.js';

describe('names', () => {
  it.each([
    ['sebastian pinera', 'miguel sebastian pinera', true],
    ['michelle bachelet', 'michelle bachelet jeria', true],
    ['ana ruiz', 'ana ruiz', true],
    ['john smith', 'mary smith', false],
    ['george h w bush', 'george w bush', false],
    ['hernan tomas vidal', 'hernan jose vidal', false],
    ['karl weber jr', 'karl weber', false],
    ['karl weber jr', 'karl otto weber jr', true],
    ['pinera', 'sebastian pinera', false],
    ['pinera sebastian', 'sebastian pinera', false],
  ])('%s / %s are forms of one name: %s', (a, b, expected) => {
    expect(isPersonNameVariant(a, b)).toBe(expected);
    expect(isPersonNameVariant(b, a)).toBe(expected);
  });

  it.each([
    ['KDP', true],
    ['U.N.', true],
    ['U.N', true],
    ['NGOs', true],
    ['Un', false],
    ['I', false],
    ['Kurdistan', false],
  ])('%s is an acronym: %s', (name, expected) => expect(isAcronym(name)).toBe(expected));

  it.each([
    ['kurdistan democratic party', 'kdp'],
    ['united nations', 'un'],
    ['party of the democratic revolution', 'pdr'],
    ['kurdistan', null],
  ])('initials of %s: %s', (name, expected) => expect(initialsOf(name)).toBe(expected));

  it.each([
    ['president sebastian pinera', 'sebastian pinera'],
    ['prime minister ana ruiz', 'ana ruiz'],
    ['gen ana ruiz', 'ana ruiz'],
    ['dr. lena holt', 'lena holt'],
    ['president', 'president'],
    ['ana ruiz', 'ana ruiz'],
  ])('titles stripped from %s: %s', (name, expected) => expect(stripPersonTitles(name)).toBe(expected));

  it.each([
    ['russian federation', 'russia'],
    ['united states of america', 'united states'],
    ['usa', 'united states'],
    ['republic of chile', 'chile'],
    ['russia', null],
    ['lisbon', null],
  ])('country %s is known as %s', (name, expected) => expect(countryCommonName(name)).toBe(expected));

  it.each([
    ['place:santiago', 'place:chile', true],
    ['place:chile', 'place:santiago', true],
    ['place:lisbon', 'place:lisbon', true],
    ['place:lisbon', 'place:porto', false],
    ['place:lisbon', 'place:chile', false],
    ['place:chile', 'place:peru', false],
  ])('places %s and %s agree: %s', (a, b, expected) => expect(placesAgree(a, b)).toBe(expected));

  it.each([
    ['Group', 'copper miners', true],
    ['Group', 'Chilean students', true],
    ['Organization', 'Police', true],
    ['Organization', 'the government', true],
    ['Organization', 'security forces', true],
    ['Organization', 'Lisbon Police', false],
    ['Organization', 'New Majority', false],
    ['Organization', 'National Front', false],
    ['Organization', 'Riot Police', true],
    ['Organization', 'Congress', true],
    ['Organization', 'Kurdistan Democratic Party', false],
    ['Person', 'Ana Ruiz', false],
    ['Place', 'Lisbon', false],
  ] as const)('%s "%s" is generic: %s', (type, name, expected) => expect(isGenericActor(type, name)).toBe(expected));
});

/** The entity rows of a made-up document, as the writer gets them. */
function entityRows(id: string, text: string, entities: ExtractionSpec['entities']): EntityRow[] {
  const doc = { id, text };
  return toDocumentRows(doc, 'hash', handExtraction(doc, { entities })).entities;
}
const stored = (id: string, type: string, name: string, normName: string, aliases: string[] = [], keys: string[] = [`${type}|${normName}`]): StoredEntity => ({
  id,
  type,
  name,
  normName,
  scope: null,
  aliases,
  keys,
  curatedKeys: [],
});

describe('entity identity', () => {
  it.each([
    ['a fuller form of a stored name', 'Miguel Sebastián Piñera won.', [['Miguel Sebastián Piñera', 'Person']], [stored('person:sebastian pinera', 'Person', 'Sebastián Piñera', 'sebastian pinera', ['Piñera'])], 'person:sebastian pinera'],
    ['a shorter form of a stored name', 'Sebastián Piñera won.', [['Sebastián Piñera', 'Person']], [stored('person:miguel sebastian pinera', 'Person', 'Miguel Sebastián Piñera', 'miguel sebastian pinera')], 'person:miguel sebastian pinera'],
    ['a second surname', 'Michelle Bachelet Jeria won.', [['Michelle Bachelet Jeria', 'Person']], [stored('person:michelle bachelet', 'Person', 'Michelle Bachelet', 'michelle bachelet')], 'person:michelle bachelet'],
    ['a title before the name', 'President Ana Ruiz spoke.', [['President Ana Ruiz', 'Person']], [stored('person:ana ruiz', 'Person', 'Ana Ruiz', 'ana ruiz')], 'person:ana ruiz'],
    ['an acronym of a stored name', 'The KDP won.', [['KDP', 'Organization']], [stored('organization:kurdistan democratic party', 'Organization', 'Kurdistan Democratic Party', 'kurdistan democratic party')], 'organization:kurdistan democratic party'],
    ['a name whose acronym is stored', 'The Kurdistan Democratic Party met.', [['Kurdistan Democratic Party', 'Organization']], [stored('organization:k.d.p', 'Organization', 'K.D.P.', 'k.d.p', [], ['Organization|k.d.p', 'Organization|kdp'])], 'organization:k.d.p'],
    ['an official country name', 'The Russian Federation said so.', [['Russian Federation', 'Place']], [stored('place:russia', 'Place', 'Russia', 'russia')], 'place:russia'],
    ['an alias the document links', 'The Kurdistan Democratic Party (KDP) won.', [['Kurdistan Democratic Party', 'Organization', ['KDP']]], [stored('organization:kdp', 'Organization', 'KDP', 'kdp')], 'organization:kdp'],
  ] as const)('%s resolves to the stored node', (_label, text, entities, nodes, expected) => {
    const [ids] = resolveEntities([entityRows('d1', text, entities as unknown as ExtractionSpec['entities'])], nodes);
    expect(ids!.get('e1')).toBe(expected);
  });

  it.each([
    ['a person whose known full name conflicts', 'Hernán José Vidal spoke.', [['Hernán José Vidal', 'Person']], [stored('person:hernan vidal', 'Person', 'Hernán Vidal', 'hernan vidal', ['Hernán Tomás Vidal'])]],
    ['a short name two people fit', 'Hernán Vidal spoke.', [['Hernán Vidal', 'Person']], [stored('person:hernan tomas vidal', 'Person', 'Hernán Tomás Vidal', 'hernan tomas vidal'), stored('person:hernan jose vidal', 'Person', 'Hernán José Vidal', 'hernan jose vidal')]],
    ['another first name', 'Mary Smith spoke.', [['Mary Smith', 'Person', ['Smith']]], [stored('person:john smith', 'Person', 'John Smith', 'john smith', ['Smith'], ['Person|john smith', 'Person|smith'])]],
    ['an org whose one-word alias another org is called', 'The Vela Foundation gave. Vela left.', [['Vela Foundation', 'Organization', ['Vela']]], [stored('organization:vela', 'Organization', 'Vela', 'vela')]],
    ['a two-letter acronym, which initials alone never join', 'The DU won.', [['DU', 'Organization']], [stored('organization:democratic union', 'Organization', 'Democratic Union', 'democratic union')]],
    ['an acronym two names fit', 'The PP won.', [['PP', 'Organization']], [stored('organization:peoples party', 'Organization', 'Peoples Party', 'peoples party'), stored('organization:progress party', 'Organization', 'Progress Party', 'progress party')]],
  ] as const)('%s makes a new node', (_label, text, entities, nodes) => {
    const rows = entityRows('d1', text, entities as unknown as ExtractionSpec['entities']);
    const [ids] = resolveEntities([rows], nodes);
    expect(ids!.get('e1')).toBe(rows[0]!.newId);
  });

  it('scopes generic actors to the main place of their document', () => {
    const lisbon = entityRows('d1', 'Police arrested Ana Ruiz in Lisbon. Lisbon was calm.', [['Police', 'Organization'], ['Ana Ruiz', 'Person'], ['Lisbon', 'Place']]);
    const nowhere = entityRows('d2', 'Police arrested Ana Ruiz.', [['Police', 'Organization'], ['Ana Ruiz', 'Person']]);
    expect(lisbon[0]!.newId).toBe('organization:police@lisbon');
    expect(nowhere[0]!.newId).toBe('organization:police@doc:d2');
    expect([lisbon[0]!.specific, lisbon[1]!.specific]).toEqual([false, true]);
  });

  it('an acronym that a document keeps apart from its full name joins it', () => {
    const rows = entityRows('d1', 'The Kurdistan Democratic Party won. The KDP said so.', [['Kurdistan Democratic Party', 'Organization'], ['KDP', 'Organization']]);
    const [ids] = resolveEntities([rows], []);
    expect([ids!.get('e1'), ids!.get('e2')]).toEqual(['organization:kurdistan democratic party', 'organization:kurdistan democratic party']);
  });

  it('a later document of a group sees the names an earlier one brought', () => {
    const first = entityRows('d1', 'Russia, officially the Russian Federation, voted.', [['Russia', 'Place', ['Russian Federation']]]);
    const second = entityRows('d2', 'The Russian Federation voted.', [['Russian Federation', 'Place']]);
    const [a, b] = resolveEntities([first, second], []);
    expect(a!.get('e1')).toBe('place:russia');
    expect(b!.get('e1')).toBe('place:russia');
  });
});

describe('event identity', () => {
  const report = (docId: string, date: string | null, participants: Array<[string, string, boolean]>, place: string | null = null, type = 'Arrest'): EventReport => ({
    key: `${docId}\u0000v1`,
    docId,
    type,
    date,
    place,
    participants: participants.map(([entity, role, specific]) => ({ entity, role, specific })),
  });

  it.each([
    ['2013-11', '2013-11-17', true],
    ['2013-11-17', '2013-11-17', true],
    ['2013-11-17', '2013-11-18', false],
    ['2013', '2014-01', false],
    [null, '2013', true],
  ])('dates %s and %s agree: %s', (a, b, expected) => expect(datesAgree(a, b)).toBe(expected));

  it('joins reports that share a specific participant, with dates and places that agree', () => {
    const ids = assignEventIds(
      [
        report('a', '2019-05-03', [['person:ana', 'target', true]], 'place:lisbon'),
        report('b', '2019-05', [['person:ana', 'target', true]]),
        report('c', '2019-05-04', [['person:ana', 'target', true]]),
        report('d', '2019-05-03', [['person:ana', 'target', true]], 'place:porto'),
        report('f', '2019-05-03', [['person:ana', 'target', true]], 'place:portugal'),
        report('e', null, [['person:ana', 'target', true]]),
      ],
      [],
    );
    expect([...ids.values()]).toEqual(['event:a:v1', 'event:a:v1', 'event:c:v1', 'event:d:v1', 'event:a:v1', 'event:a:v1']);
  });

  it('never joins reports on a generic participant only', () => {
    const ids = assignEventIds(
      [
        report('a', '2019-05-03', [['organization:police@lisbon', 'agent', false], ['person:ana', 'target', true]]),
        report('b', '2019-05-03', [['organization:police@lisbon', 'agent', false], ['person:bea', 'target', true]]),
      ],
      [],
    );
    expect(new Set(ids.values()).size).toBe(2);
  });

  it('asks more of an undated report', () => {
    const meeting = (docId: string, date: string | null, people: string[], place: string | null = null) =>
      report(docId, date, people.map((p) => [p, 'participant', true] as [string, string, boolean]), place, 'Meeting');
    const ids = assignEventIds(
      [meeting('a', '2020-01-10', ['person:x', 'person:y']), meeting('b', null, ['person:x']), meeting('c', null, ['person:x', 'person:y']), meeting('d', null, ['person:z'], 'place:rome'), meeting('e', null, ['person:z'], 'place:rome')],
      [],
    );
    expect([...ids.values()]).toEqual(['event:a:v1', 'event:b:v1', 'event:a:v1', 'event:d:v1', 'event:d:v1']);
  });

  it('prefers the stored event sharing most participants', () => {
    const ids = assignEventIds(
      [report('new', '2019-05', [['person:ana', 'target', true], ['person:bea', 'target', true]])],
      [
        { id: 'event:one', type: 'Arrest', date: '2019-05-03', places: [], participants: [{ entity: 'person:ana', role: 'target' }] },
        { id: 'event:two', type: 'Arrest', date: '2019-05-03', places: [], participants: [{ entity: 'person:ana', role: 'target' }, { entity: 'person:bea', role: 'target' }] },
      ],
    );
    expect(ids.get('new\u0000v1')).toBe('event:two');
  });
});
