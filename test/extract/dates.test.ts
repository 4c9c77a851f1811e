import { describe, expect, it } from 'vitest';
import { findDates, resolveDate } from '../../src/extract/dates.js';

describe('resolveDate', () => {
  const cases: Array<[string, string | undefined, string | undefined, ('past' | 'future')?]> = [
    ['Sunday, 17 November', '2013', '2013-11-17'],
    ['Tuesday, 17 November', '2015', '2015-11-17'],
    ['on 15 December', '2013', '2013-12-15'],
    ['June', '2013', '2013-06'],
    ['in May 2010', '2013', '2010-05'],
    ['in 2010', '2013-04-02', '2010'],
    ['last year', '2013-04-02', '2012'],
    ['next month', '2013-12-02', '2014-01'],
    ['on Monday', '1996-08-26', '1996-08-26'],
    ['on Monday', '1996-08-28', '1996-08-26'],
    ['last Friday', '1996-08-26', '1996-08-23'],
    ['next Tuesday', '1996-08-27', '1996-09-03'],
    ['on Saturday', '1996-08-28', '1996-08-31', 'future'],
    ['yesterday', '1996-08-01', '1996-07-31'],
    ['September 3', '1996-08-26', '1996-09-03'],
    ['on 23 August 1996', '1996-08-24', '1996-08-23'],
    ['Aug. 5, 1994', undefined, '1994-08-05'],
    ['from 2006 to 2010', '2013', '2006'],
    ['by mid-1997', '1996-08-28', '1997'],
    ['Monday', '2013-11', '2013-11'],
    ['Monday', undefined, undefined],
    ['they may strike', '2013', undefined],
    ['a protest march', '2013', undefined],
    ['1,380 workers', '2013', undefined],
  ];
  it.each(cases)('%s (published %s) → %s', (phrase, pub, want, tense) => {
    expect(resolveDate(phrase, pub, tense)).toBe(want);
  });
});

describe('findDates', () => {
  it('skips a dateline and keeps offsets', () => {
    const text = 'SOFIA 1996-08-26\nWorkers will strike on September 3.';
    const found = findDates(text, '1996-08-26');
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('September 3');
    expect(found[0]!.iso).toBe('1996-09-03');
  });
});
