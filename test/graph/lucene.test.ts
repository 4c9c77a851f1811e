import { describe, expect, it } from 'vitest';
import { buildLuceneQuery, escapeLucene, queryTerms, termMatches } from '../../src/graph/queries/lucene.js';

describe('Lucene queries from user text', () => {
  it('keeps only words, folded like the index (accents off, lower case)', () => {
    expect(queryTerms('Sebastián PIÑERA')).toEqual(['sebastian', 'pinera']);
    expect(queryTerms('  "AND" OR (x*) ~ ')).toEqual(['and', 'or', 'x']);
    expect(queryTerms('?! * ~')).toEqual([]);
  });

  it('makes long words fuzzy and short ones prefixes, each boosted when exact', () => {
    expect(buildLuceneQuery('Bachelet CTC')).toBe('+(bachelet^2 OR bachelet~1) +(ctc^2 OR ctc*)');
    expect(buildLuceneQuery('dock strike', 'any')).toBe('(dock^2 OR dock*) (strike^2 OR strike~1 OR strike*)');
    // The last word is also a prefix: a search box finds "Bachelet" from "Bachel".
    expect(buildLuceneQuery('Michelle Bachel')).toBe('+(michelle^2 OR michelle~1) +(bachel^2 OR bachel~1 OR bachel*)');
  });

  it('cannot be steered by Lucene syntax in the text', () => {
    const q = buildLuceneQuery('name:foo OR bar) AND -baz "x')!;
    expect(q).toBe('+(name^2 OR name*) +(foo^2 OR foo*) +(or^2 OR or*) +(bar^2 OR bar*) +(and^2 OR and*) +(baz^2 OR baz*) +(x^2 OR x*)');
    expect(buildLuceneQuery('((( )))')).toBeNull();
    expect(escapeLucene('a+b:c(d)~e*"f\\')).toBe('a\\+b\\:c\\(d\\)\\~e\\*\\"f\\\\');
  });

  it('caps the number of terms', () => {
    expect(queryTerms('one two three four five six seven eight nine ten')).toHaveLength(8);
  });

  it('matches words the way the query does: one edit for long terms, prefixes for short ones', () => {
    expect(termMatches('bachelet', 'bachlet')).toBe(true);
    expect(termMatches('bachelet', 'bahcelet')).toBe(true);
    expect(termMatches('bachelet', 'bachelett')).toBe(true);
    expect(termMatches('bachelet', 'bochalet')).toBe(false);
    expect(termMatches('bachelet', 'bachel')).toBe(true);
    expect(termMatches('strikes', 'str')).toBe(true);
    expect(termMatches('destroy', 'str')).toBe(false);
  });
});
