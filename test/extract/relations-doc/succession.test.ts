import { tripleTables } from './triples.js';

/** Texts written for these tests: a successor and a predecessor led the same body. */
const led: Array<[string, string, [string, string, string]]> = [
  ['"A replaced another X, B" after A\'s office is named', 'Ana Duarte, chairman of the Farmers Alliance, met reporters. Duarte replaced another farmer, Paul Girard, in May.', ['Paul Girard', 'LEADS', 'Farmers Alliance']],
  ['"A succeeded B as leader of Y"', 'After serving as chairman of the Farmers Alliance, Ana Duarte succeeded Paul Girard as leader of the Green Union.', ['Paul Girard', 'LEADS', 'Green Union']],
  ['"B was succeeded by A as chairman of Y"', 'Paul Girard was succeeded by Ana Duarte as chairman of the Farmers Alliance.', ['Paul Girard', 'LEADS', 'Farmers Alliance']],
];

const notLed: Array<[string, string, [string, string, string]]> = [
  ['another office named in the "as" phrase', 'After serving as chairman of the Farmers Alliance, Ana Duarte succeeded Paul Girard as leader of the Green Union.', ['Paul Girard', 'LEADS', 'Farmers Alliance']],
  ['a lesser title ("as vice president")', 'Ana Duarte succeeded Paul Girard as vice president of the Farmers Alliance.', ['Paul Girard', 'LEADS', 'Farmers Alliance']],
];

tripleTables('succession', led, notLed, { absentLabel: 'not for' });
