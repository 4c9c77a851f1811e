import { describe, expect, it } from 'vitest';
import { isPartialDate, isPublicationTime } from '../../src/model/dates.js';

describe('date rules', () => {
  it.each(['2013', '2013-11', '2013-11-17', '1999-02-31'])('%s is a partial date', (v) => expect(isPartialDate(v)).toBe(true));
  it.each(['13', '2013-13', '2013-00', '2013-11-32', '2013-1-5', '2013-11-17T10:00Z', ' 2013', ''])('%s is not a partial date', (v) =>
    expect(isPartialDate(v)).toBe(false),
  );
  it.each(['2013', '2013-11-25', '2013-11-25T10:00Z', '2013-11-25 10:00:30+01:00', '2013-11-25T10:00:30.250-0300'])(
    '%s is a publication time',
    (v) => expect(isPublicationTime(v)).toBe(true),
  );
  it.each(['2013-11-25T', '2013-11-25T10', 'yesterday', '2013-11-25T10:00ZZ'])('%s is not a publication time', (v) =>
    expect(isPublicationTime(v)).toBe(false),
  );
});
