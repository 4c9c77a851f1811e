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
    // A month or day with no year: a past clause does not point past publication, a future one not before it.
    ['in December', '2009-03-18', '2008-12', 'past'],
    ['in December', '2009-03-18', '2009-12', 'future'],
    ['in December', '2009-03-18', '2009-12'],
    ['in February', '2009-11-04', '2010-02', 'future'],
    ['in February', '2009-11-04', '2009-02', 'past'],
    ['on 20 October', '2009-03-18', '2008-10-20', 'past'],
    ['on 2 April', '2009-03-18', '2009-04-02', 'past'],
    ['on 11 March', '2009-04-18', '2010-03-11', 'future'],
    ['in March', '2009-03-18', '2009-03', 'future'],
    // Weekdays: past and unknown point back (a Wednesday story's Tuesday is the day before), future forward.
    ['on Tuesday', '2009-03-18', '2009-03-17', 'past'],
    ['on Wednesday', '2009-03-18', '2009-03-18', 'past'],
    ['on Thursday', '2009-03-18', '2009-03-12', 'past'],
    ['on Thursday', '2009-03-18', '2009-03-19', 'future'],
    // Counted back from publication, as precise as the unit.
    ['two days ago', '2009-03-18', '2009-03-16'],
    ['three days earlier', '2009-03-02', '2009-02-27'],
    ['a week ago', '2009-03-18', '2009-03'],
    ['two weeks ago', '2009-03-05', '2009-02'],
    ['six months ago', '2009-03-18', '2008-09'],
    ['two years earlier', '2009-03-18', '2007'],
    ['last week', '2009-03-18', '2009-03'],
    ['last week', '2009-03-03', '2009'],
    ['next week', '2009-03-18', '2009-03'],
    ['last weekend', '2009-03-18', '2009-03'],
    ['last weekend', '2009-03-02', '2009'],
    ['earlier this month', '2009-03-18', '2009-03'],
    ['earlier this year', '2009-03-18', '2009'],
    // A named month counted from the publication month.
    ['Last November', '2009-03-18', '2008-11'],
    ['last February', '2009-03-18', '2009-02'],
    ['last March', '2009-03-18', '2008-03'],
    ['next January', '2009-03-18', '2010-01'],
    ['next June', '2009-03-18', '2009-06'],
    ['this September', '2009-03-18', '2009-09'],
    ['they organised this march', '2009-03-18', undefined],
  ];
  it.each(cases)('%s (published %s) → %s', (phrase, pub, want, tense) => {
    expect(resolveDate(phrase, pub, tense)).toBe(want);
  });
});

describe('findDates', () => {
  it('counts "earlier" back from the day just named', () => {
    const text = 'She returned on 22 August, after a deal signed five days earlier.';
    expect(findDates(text, '2009-08-28').map((d) => d.iso)).toEqual(['2009-08-22', '2009-08-17']);
  });

  it('skips a dateline and keeps offsets', () => {
    const text = 'SOFIA 1996-08-26\nWorkers will strike on September 3.';
    const found = findDates(text, '1996-08-26');
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('September 3');
    expect(found[0]!.iso).toBe('1996-09-03');
  });
});
