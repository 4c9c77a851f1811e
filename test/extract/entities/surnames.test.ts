import { describe, expect, it } from 'vitest';
import { summary } from './_helpers.js';

describe('a lone word typed an organization only by its context is the surname of a person named in full', () => {
  const cases: Array<[string, string[]]> = [
    ['The letter went to speaker Anton Veraldi. A Veraldi spokeswoman confirmed it.', ['Anton Veraldi/Person']],
    // "X campaign" names a body of its own
    ['Senator Ruth Okafor spoke on Monday. The Okafor campaign raised money.', ['Ruth Okafor/Person', 'Okafor/Organization']],
    // no person of that surname: the organization stays
    ['A Veraldi spokeswoman confirmed it.', ['Veraldi/Organization']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});
