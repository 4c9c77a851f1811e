import { describe, expect, it } from 'vitest';
import { summary } from './_helpers.js';

const typed = (text: string, name: string) => summary(text).find((s) => s.startsWith(`${name}/`));

describe('typing names by their head word', () => {
  const cases: Array<[string, string, string]> = [
    ['The poet was buried in Verlaine Cemetery after a short service.', 'Verlaine Cemetery', 'Place'],
    ['Her paintings hang in the Okoro Museum of Modern Art.', 'Okoro Museum of Modern Art', 'Place'],
    ['Trains stop at Hollowmere Station twice a day.', 'Hollowmere Station', 'Place'],
    ['The couple married at Grimsdale Cathedral.', 'Grimsdale Cathedral', 'Place'],
    ['She was treated at Marlow General Hospital.', 'Marlow General Hospital', 'Place'],
    ['The band signed with Bluefinch Records in 1998.', 'Bluefinch Records', 'Organization'],
    ['The film was released by Tamberlane Pictures.', 'Tamberlane Pictures', 'Organization'],
    ['The game was developed by Quillstone Software.', 'Quillstone Software', 'Organization'],
    ['He played the violin with the Harwick Philharmonic Orchestra.', 'Harwick Philharmonic Orchestra', 'Organization'],
    ['He scored twice for Dunmore Rovers last season.', 'Dunmore Rovers', 'Organization'],
    ['The estate lies in the Commonwealth of Virginia.', 'Commonwealth of Virginia', 'Place'],
    ['He was crowned in the Empire of Brazil.', 'Empire of Brazil', 'Place'],
    ['Her office was in the Union Bank Tower.', 'Union Bank Tower', 'Place'],
    ['The bill passed the State Duma on Friday.', 'State Duma', 'Organization'],
    ['Trains on the Korsvik Line were cancelled.', 'Korsvik Line', 'Place'],
    ['He played for the Chicago Bears for a decade.', 'Chicago Bears', 'Organization'],
    ['She joined Leeds United in 2004.', 'Leeds United', 'Organization'],
    ['Farmers in Upper Egypt lost their crops.', 'Upper Egypt', 'Place'],
    ['Shops in Downtown Beirut reopened.', 'Downtown Beirut', 'Place'],
  ];
  it.each(cases)('%s -> %s is a %s', (text, name, type) => {
    expect(typed(text, name)).toBe(`${name}/${type}`);
  });

  it('types a leftover name the gazetteer knows as a town', () => {
    expect(typed('The painter loved Poitiers and its old churches.', 'Poitiers')).toBe('Poitiers/Place');
  });

  it('keeps a person whose family name is a landmark word', () => {
    expect(typed('The comedian Benny Hill made the programme.', 'Benny Hill')).toBe('Benny Hill/Person');
  });
});

describe('geographic and landmark heads of hills, passes, waters and inns', () => {
  const cases: Array<[string, string[]]> = [
    ['The ridge ends at Tarrow Bluffs above the river.', ['Tarrow Bluffs/Place']],
    ['Ships rounded the cape through Velden Passage.', ['Velden Passage/Place']],
    ['The officers dined at Harwick Tavern that night.', ['Harwick Tavern/Place']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('a country or city and an everyday noun, capitalized as one name, name a body', () => {
  const cases: Array<[string, string[]]> = [
    ['Figures from Statistics Norway show a rise.', ['Statistics Norway/Organization']],
    ['He sold the land to Leeds Water in 1990.', ['Leeds Water/Organization']],
    // a place part or a landmark head keeps the place
    ['They toured Old Leeds and Leeds Bridge.', ['Old Leeds/Place', 'Leeds Bridge/Place']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('a route, highway or district number belongs to its name', () => {
  const cases: Array<[string, string[]]> = [
    ['The farm lies on Kansas Route 18 west of town.', ['Kansas Route 18/Place']],
    ['Traffic on Interstate 90 was stopped.', ['Interstate 90/Place']],
    ['She taught in Fairview School District 42 for years.', ['Fairview School District 42/Place']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});
