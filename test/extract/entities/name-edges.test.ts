import { describe, expect, it } from 'vitest';
import { summary } from './_helpers.js';

describe('an ordinal before a unit or a session is part of its name', () => {
  const cases: Array<[string, string[]]> = [
    ['Her grandfather commanded the 31st Signal Regiment in the war.', ['31st Signal Regiment/Organization']],
    ['The bill died in the Forty-second Congress.', ['Forty-second Congress/Organization']],
    ['He taught at the 3rd Kazan Polytechnic Institute for years.', ['3rd Kazan Polytechnic Institute/Organization']],
    // a lowercase count is no part of the name
    ['The first Parliament met in a barn.', ['Parliament/Organization']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('"and" between two subject words inside an "of" name', () => {
  const cases: Array<[string, string[]]> = [
    ['She trained at the Dresden Academy of Music and Drama.', ['Dresden Academy of Music and Drama/Organization']],
    ['The Institute of Geology and Mining opened a lab.', ['Institute of Geology and Mining/Organization']],
    // two names: a place after "and" is another thing
    ['He studied at the University of Padua and Bologna.', ['University of Padua/Organization', 'Bologna/Place']],
    // "and the" joins two names
    ['He left the Bureau of Mines and the Harbor Trust.', ['Bureau of Mines/Organization', 'Harbor Trust/Organization']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('geographic heads that come first', () => {
  const cases: Array<[string, string[]]> = [
    ['Tankers crossed the Gulf of Aden at night.', ['Gulf of Aden/Place']],
    ['The ferry runs across the Bay of Kotor.', ['Bay of Kotor/Place']],
    ['Anglers fish on Lough Derg every spring.', ['Lough Derg/Place']],
    ['She grew up in County Galway.', ['County Galway/Place']],
    // "County" before an everyday word is no place
    ['He played in the County Championship.', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('institutions named by a nationality or city', () => {
  const cases: Array<[string, string[]]> = [
    ['The Peruvian embassy issued a statement.', ['Peruvian embassy/Organization']],
    ['Danish prosecutors charged the captain.', ['Danish prosecutors/Organization']],
    // the place inside stays a mention of its own
    ['A Lyon court fined the firm.', ['Lyon court/Organization', 'Lyon/Place']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('what stands before a person\'s name is no part of it', () => {
  const cases: Array<[string, string[]]> = [
    ['Drummer Tomas Ferrell left the group in May.', ['Tomas Ferrell/Person']],
    ['The album was mixed by guitarist Nadia Brook.', ['Nadia Brook/Person']],
    ['He lost the final to German Anna Vogt.', ['Anna Vogt/Person']],
    // a plural possessive inside a name stays
    ['The Dockers\' Union called a strike.', ['Dockers\' Union/Organization']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

it('a band\'s plural possessive before a member\'s first name ends the band\'s name', () => {
  const names = summary('She sang with the Velvet Owls\' Maria Ostrander.');
  expect(names).toContain('Maria Ostrander/Person');
  expect(names.some((n) => n.includes('Owls\' Maria'))).toBe(false);
});

describe('a bare institution is an entity when the story keeps it', () => {
  const cases: Array<[string, string[]]> = [
    // said once, in passing: background
    ['The village has no council of its own and the government funds its school.', []],
    ['The canton was run by the central government until 1803.', []],
    // referred to again
    ['The government raised taxes. Critics said the government had lied.', ['government/Organization']],
    // described: the story's own government
    ['The newspaper was closed by the military government in May.', ['government/Organization']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('capitals that are no organization', () => {
  const cases: Array<[string, string[]]> = [
    ['She moved to the US after the war.', ['United States/Place']],
    ['The phone ships with 128 GB of storage and costs 400 USD.', []],
    ['The wind blew from the NNW all night.', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('a title before a name that is also a small place', () => {
  const cases: Array<[string, string[]]> = [
    ['The portrait shows Prince Albert in 1850.', ['Albert/Person']],
    ['Colonel Lincoln led the charge.', ['Lincoln/Person']],
    // a country after a title stays a place
    ['President Chile spoke.', ['Chile/Place']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('"&" between capitalized words names a firm, unless a first name follows it', () => {
  const cases: Array<[string, string[]]> = [
    ['Her memoir was published by Hallam & Brecknock in 1988.', ['Hallam & Brecknock/Organization']],
    ['Shares of Varley & Osgood rose on Monday.', ['Varley & Osgood/Organization']],
    // a duo of people: each is a person
    ['The song was written by Ruth Hadley & Mike Barrow.', ['Ruth Hadley/Person', 'Mike Barrow/Person']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('"Don" before a surname is a first name in English text', () => {
  const cases: Array<[string, string[]]> = [
    ['Don Hadley directed the film.', ['Don Hadley/Person']],
    ['The score was by Don Whitcombe and Ann Lee.', ['Don Whitcombe/Person', 'Ann Lee/Person']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('names of events, contests and agreements are no actors and hold no place of their own', () => {
  const cases: Array<[string, string[]]> = [
    ['Prices rose after the Halvane War ended.', []],
    ['The Treaty of Morvessa ended the dispute in 1820.', []],
    ['The film was shown at the Quillby Film Festival and won the Dorrin Prize.', []],
    ['The single reached the top of the Vellish Singles Chart.', []],
    ['The Battle of Grennoch was fought in the rain.', []],
    // the place beside the event name is still a place
    ['The Halvane War was fought near Madrid.', ['Madrid/Place']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    ['In 1856 the Crimean War ended with the Treaty of Paris.', 'Paris'],
    ['She played at the Tokyo Motor Show in 2005.', 'Tokyo'],
  ])('%s -> no %s inside the event name', (text, place) => {
    expect(summary(text)).not.toContain(`${place}/Place`);
  });
});

describe('a bare "the" between capitalized words', () => {
  const cases: Array<[string, string]> = [
    // an epithet is part of the person's name
    ['Coins of Alaric the Great (died 410) were found at the site.', 'Alaric the Great/Person'],
    // two names meet
    ['The bill renamed the Talvern Ranger Station the Oskar Brell Talvern Ranger Station.', 'Talvern Ranger Station/Place'],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(summary(text)).toContain(expected);
  });
});

describe('a legal form after a comma closes the company name before it', () => {
  const cases: Array<[string, string]> = [
    ['The film was animated by Toon Town Animation, Inc., in Manila.', 'Toon Town Animation, Inc./Organization'],
    ['In 2013 Brevicor, SA decided to sell the studio.', 'Brevicor, SA/Organization'],
    ['The park is run by Quellby Tourism, LLC under a lease.', 'Quellby Tourism, LLC/Organization'],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(summary(text)).toContain(expected);
  });

  it('a comma before an ordinary capitalized word joins nothing', () => {
    expect(summary('She moved to Paris, Texas, in 1990.')).not.toContain('Paris, Texas/Organization');
  });
});
