import { describe, expect, it } from 'vitest';
import { RULES_ONLY, entitiesOf, find, summary } from './_helpers.js';

const people = (text: string) => entitiesOf(text).filter((e) => e.type === 'Person').map((e) => e.name);
const peopleByRules = (text: string) => entitiesOf(text, RULES_ONLY).filter((e) => e.type === 'Person').map((e) => e.name);

describe('people by name shape, title and context', () => {
  const cases: Array<[string, string[]]> = [
    ['President Oluwaseun Adeyemi arrived on Monday.', ['Oluwaseun Adeyemi']],
    ['Prime Minister Tarja Halonen spoke.', ['Tarja Halonen']],
    ['Gen. Aung Min ordered the troops back.', ['Aung Min']],
    ['Dr. Ngozi Okafor treated the wounded.', ['Ngozi Okafor']],
    ['The union leader Vusi Mavimbela told reporters he would strike.', ['Vusi Mavimbela']],
    ['The other suspect was lawyer Pieter Groenewald.', ['Pieter Groenewald']],
    ['Talks between Jan Novak and Petra Dvorakova failed.', ['Jan Novak', 'Petra Dvorakova']],
    ['Charges against J.K. Mwangi were dropped.', ['J.K. Mwangi']],
    ['Robert T. Hayes will become chairman.', ['Robert T. Hayes']],
    ['Her son Kofi and I left early.', ['Kofi']],
    // a parliamentary title written as an acronym stands before the name, as "Senator" does
    ['MP Ingrid Solberg resigned.', ['Ingrid Solberg']],
    ['Green MEP Tomas Lindqvist voted against the budget.', ['Tomas Lindqvist']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(peopleByRules(text)).toEqual(expected);
  });

  it('splits an organization from the title and name that follow it', () => {
    expect(summary('Green Party Chairman Olaf Berg resigned.')).toEqual(['Green Party/Organization', 'Olaf Berg/Person']);
  });

  it('types an unknown name by a verb of saying or an apposition', () => {
    expect(people('Tavita Leota said the port would close.')).toEqual(['Tavita Leota']);
    expect(people('Rahel Tesfaye, a spokeswoman for the group, declined to comment.')).toEqual(['Rahel Tesfaye']);
  });

  it('does not take a name with an article or compass word for a person', () => {
    expect(people('Protesters gathered at La Rotonda and in Central Luzon.')).toEqual([]);
  });
});

describe('document-level identity of people', () => {
  it('joins a surname and a first name to the full name', () => {
    const es = entitiesOf('Amina Diallo won the vote. Diallo thanked her supporters, and Amina then left for Dakar.');
    const p = es.find((e) => e.type === 'Person')!;
    expect(p.name).toBe('Amina Diallo');
    expect([...p.aliases].sort()).toEqual(['Amina', 'Diallo']);
    expect(p.mentions.map((m) => m.text)).toEqual(['Amina Diallo', 'Diallo', 'Amina']);
    expect(es.filter((e) => e.type === 'Person')).toHaveLength(1);
  });

  it('joins a misspelt surname when only one name is near', () => {
    const es = entitiesOf('Police arrested Karl Brenninger on Monday. Brenningr denied the charges.');
    expect(es.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Karl Brenninger']);
  });

  it('keeps two people apart when a surname is ambiguous', () => {
    const es = entitiesOf('Maria Kowalski and Jan Kowalski spoke. Kowalski then left.');
    expect(es.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Maria Kowalski', 'Jan Kowalski']);
  });

  it('prefers the surname of a person to a town of the same name', () => {
    const es = entitiesOf('Carla Medina won in the south. Medina said she was grateful.');
    expect(es.map((e) => `${e.name}/${e.type}`)).toEqual(['Carla Medina/Person']);
  });
});

describe('a title word before an everyday word names no one', () => {
  it.each([
    ['Talks on the Senator Budget stalled in March.', 'Budget'],
    ['The Minister Program was cut in March.', 'Program'],
  ])('%s -> no person %s', (text, name) => {
    expect(find(text, name)?.type).not.toBe('Person');
  });
});

describe('what a title or "the" stands before is not always a person', () => {
  it.each([
    // the words between a title and "leader <name>" name the body the leader heads
    ['Dissident Vorran Rouge leader Tam Sokha confirmed the split.', 'Vorran Rouge', 'Organization'],
    ['Dissident Vorran Rouge leader Tam Sokha confirmed the split.', 'Tam Sokha', 'Person'],
  ])('%s -> %s is %s', (text, name, type) => {
    expect(find(text, name)?.type).toBe(type);
  });

  it.each([
    // unknown words after "the" name a group or a body, never a person
    ['Leaders of the Vorran Rouge met in the north.', 'Vorran Rouge'],
    ['Songs by the Quellish Tarrows filled the hall.', 'Quellish Tarrows'],
  ])('%s -> %s is no person', (text, name) => {
    expect(find(text, name)?.type).not.toBe('Person');
  });
});

describe('a person\'s trade that also describes companies ("producer", "broadcaster")', () => {
  it.each([
    ['Ora Fennick is a Welsh radio director and producer.', 'Ora Fennick', 'Person'],
    ['The album was made with producer Linda Pell in Leeds.', 'Linda Pell', 'Person'],
    ['She is the niece of the actor and broadcaster Tomas Jorne.', 'Tomas Jorne', 'Person'],
    // no personal name: still a company
    ['Oil producer Quorvex said profits rose.', 'Quorvex', 'Organization'],
    ['Bravelle is a subsidiary and producer of tinned fish.', 'Bravelle', 'Organization'],
  ])('%s -> %s is %s', (text, name, type) => {
    expect(find(text, name)?.type).toBe(type);
  });
});
