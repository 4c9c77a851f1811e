import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { insideAny, quotedSpans } from '../../src/extract/events/quotes.js';

/** Sentences written for these tests: who speaks, by the speaker rules. */
function statements(text: string) {
  const x = extract({ id: 't', text, publishedAt: '2009-03-18' });
  const name = (id?: string) => x.entities.find((e) => e.id === id)?.name;
  return x.events.filter((e) => e.type === 'Statement').map((e) => e.participants.filter((p) => p.role === 'agent').map((p) => name(p.entity)));
}

describe('statement speakers', () => {
  const rows: Array<[string, string, string[]]> = [
    ['the one who tells, not the outlet told', 'Karl Brandt told Reuters the talks had failed.', ['Karl Brandt']],
    ['an inverted "said" after a quotation', '"The talks have failed," said Karl Brandt.', ['Karl Brandt']],
    ['an inverted "said" with a title between', '"The talks have failed," said the union\'s general secretary Karl Brandt.', ['Karl Brandt']],
    ['a body speaks through its spokesman', 'A Farmers Party spokesman said the talks had failed.', ['Farmers Party']],
    ['a newspaper speaks as "the X daily"', 'The talks have failed, the Rabotnichesko Delo daily said.', ['Rabotnichesko Delo']],
    ['a spokesman and the body he speaks for', 'Labour Party spokesman Karl Brandt said the talks had failed.', ['Karl Brandt', 'Labour Party']],
    ['"X, spokesman for Y, said"', 'Karl Brandt, spokesman for the Farmers Party, said the talks had failed.', ['Karl Brandt', 'Farmers Party']],
    ['a clause opened by "after" has its own subject', 'The strike began after Farmers Party officials said the talks had failed.', ['Farmers Party']],
  ];
  it.each(rows)('%s', (_, text, want) => {
    const got = statements(text);
    expect(got, JSON.stringify(got)).toContainEqual(expect.arrayContaining(want));
    expect(got.flat()).not.toContain('Reuters');
  });

  it('"he said" after a quotation is the previous speaker, not a name inside the quotation', () => {
    const text = 'Karl Brandt said on Monday the party would split.\n"We will not follow Anton Weber," he said.';
    const got = statements(text);
    expect(got.flat()).toContain('Karl Brandt');
    expect(got.flat()).not.toContain('Anton Weber');
  });

  it('"he said" falls back to the main speaker, not to the last name', () => {
    const text = 'Karl Brandt said the party would split.\nThe vote was called by Anton Weber last year.\nKarl Brandt said he would stay.\n"It is over," he said.';
    const got = statements(text);
    expect(got.flat()).not.toContain('Anton Weber');
  });

  it('"she said" skips a man named nearer', () => {
    const text = 'Maria Lopez said the party would split. The vote was called by Mr. Anton Weber.\n"It is over," she said.';
    expect(statements(text).flat()).not.toContain('Anton Weber');
  });

  it('"he added" after an unnamed speaker names nobody', () => {
    const text = 'Karl Brandt was arrested on Monday. "He was calm," a police spokesman said.\nHe added that the inquiry would go on.';
    expect(statements(text).flat()).not.toContain('Karl Brandt');
  });

  it('"what X said" is no statement', () => {
    expect(statements('What Karl Brandt said was not clear.')).toEqual([]);
  });
});

describe('quotedSpans', () => {
  it.each([
    ['"We will go," he said.', 'We', 'he'],
    ['“We will go,” he said.', 'We', 'he'],
    ['He said: "We will go.\nAnd we will stay," he added.', 'stay', 'added'],
  ])('%s', (text, inside, outside) => {
    const spans = quotedSpans(text);
    expect(insideAny(spans, text.indexOf(inside))).toBe(true);
    expect(insideAny(spans, text.lastIndexOf(outside))).toBe(false);
  });
});
