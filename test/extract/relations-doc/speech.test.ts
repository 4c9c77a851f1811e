import { holdsEitherWay, tripleTables } from './triples.js';

/** Sentences written for these tests: sides taken in reported speech. */
const taken: Array<[string, string, [string, string, string]]> = [
  ['"X said Y, aside, should be impeached"', 'Party leader Dragos Albu said in a letter Mihai Stanca, in office since 2001, should be impeached for fraud.', ['Dragos Albu', 'OPPOSES', 'Mihai Stanca']],
  ['a quoted demand, speaker after', '"The Liberal Union must step down," said Julio Carrasco.', ['Julio Carrasco', 'OPPOSES', 'Liberal Union']],
  ['first person in a quote, speaker after', '"We will fight the National Unity Party in every town," Julio Carrasco told reporters.', ['Julio Carrasco', 'OPPOSES', 'National Unity Party']],
  ['the person an apposition before "told" describes', '"We oppose how the Liberal Union spends its money," Julio Carrasco, a member of the Radical Party, told reporters.', ['Julio Carrasco', 'OPPOSES', 'Liberal Union']],
  ['the body its leader speaks for', 'Socialist Party leader Dragos Albu said Mihai Stanca, in office since 2001, should be impeached.', ['Socialist Party', 'OPPOSES', 'Mihai Stanca']],
  ['first person in a quote, speaker before', 'Ana Duarte said: "I support Paul Girard and his plan."', ['Ana Duarte', 'SUPPORTS', 'Paul Girard']],
  ['"Y\'s main opponents, the X"', "The rally was the work of the Socialist Party's main opponents, the conservative Democratic Party.", ['Democratic Party', 'OPPOSES', 'Socialist Party']],
];

/** Negated or unattributed: no side. */
const none: Array<[string, string, [string, string, string]]> = [
  ['a negated demand', 'Ana Duarte said Paul Girard should not resign.', ['Ana Duarte', 'OPPOSES', 'Paul Girard']],
  ['a negated quote', 'Ana Duarte said: "I do not support Paul Girard."', ['Ana Duarte', 'SUPPORTS', 'Paul Girard']],
  ['a demand with no speaker', 'Paul Girard should resign, according to Ana Duarte and her lawyers at Orbis Media.', ['Orbis Media', 'OPPOSES', 'Paul Girard']],
];

tripleTables('reported speech', taken, none, { match: holdsEitherWay, absentLabel: 'not for' });
