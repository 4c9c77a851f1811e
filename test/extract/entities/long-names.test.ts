import { describe, expect, it } from 'vitest';
import { summary } from './_helpers.js';

describe('the longest proper name is kept', () => {
  const cases: Array<[string, string[]]> = [
    ['She joined the Alliance for a Free Moravia in 1990.', ['Alliance for a Free Moravia/Organization']],
    ['The Ministry of Mines and Energy approved the licence.', ['Ministry of Mines and Energy/Organization']],
    ['The Council for Trade and Development in Africa met.', ['Council for Trade and Development in Africa/Organization']],
    ['He joined the Society for the Protection of Migratory Birds.', ['Society for the Protection of Migratory Birds/Organization']],
    ['She listened to the Voice of America every night.', ['Voice of America/Organization']],
    // an event's name is neither a body nor a place (see name-edges: names of events)
    ['The Battle of Britain began in July.', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('two names joined by "and" stay two', () => {
  const cases: Array<[string, string[]]> = [
    ['Delta Corp. and Omega Communications agreed to merge.', ['Delta Corp./Organization', 'Omega Communications/Organization']],
    ['Pilgrims crossed the Sinai Peninsula and Gaza Strip on foot.', ['Sinai Peninsula/Place', 'Gaza Strip/Place']],
    ['Ana Lima and Trade Commission staff met.', ['Ana Lima/Person', 'Trade Commission/Organization']],
    ['The Bank of Portugal in Lisbon raised rates.', ['Bank of Portugal/Organization', 'Lisbon/Place']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('adjectives of origin are not names', () => {
  const cases: Array<[string, string[]]> = [
    ['The Sri Lankan army said it had retaken the town.', ['Sri Lankan army/Organization']],
    ['Costa Rican officials denied the report.', []],
    ['West African leaders met on Friday.', ['West African leaders/Group']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('regnal names', () => {
  const cases: Array<[string, string[]]> = [
    ['The treaty was signed by Abdullah II of Jordan.', ['Abdullah II/Person', 'Jordan/Place']],
    ['Yesterday I went to the market with Maria Lopez.', ['Maria Lopez/Person']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('a partnership named by its partners is one name', () => {
  const cases: Array<[string, string[]]> = [
    ['The deal was advised by Brannick, Tolliver & Co. in Chicago.', ['Brannick, Tolliver & Co./Organization', 'Chicago/Place']],
    ['The buyer hired Hale, Dorr and Partners LLP in May.', ['Hale, Dorr and Partners LLP/Organization']],
    ['The firm Marsh, Pellow & Sons was founded in Leeds.', ['Marsh, Pellow & Sons/Organization', 'Leeds/Place']],
    // no "& Co." at the end: a list of places stays a list
    ['Paris, Lyon and Marseille voted on Sunday.', ['Paris/Place', 'Lyon/Place', 'Marseille/Place']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});
