import { describe, expect, it } from 'vitest';
import { clauseAround, sentenceViews } from '../../src/extract/clauses.js';
import { documentContext } from '../../src/extract/context.js';
import { parse } from '../../src/extract/nlp.js';

function tokensOf(text: string) {
  const ctx = documentContext({ id: 't', text }, parse(text));
  return sentenceViews(ctx, []).flatMap((v) => v.tokens);
}

describe('punctuation after a number range', () => {
  it('keeps the closing bracket of a life-span aside after the range', () => {
    const tokens = tokensOf('Karl Baum (1843-1906) was a painter.');
    const range = tokens.find((t) => t.text === '1843-1906')!;
    expect(range.post).toContain(')');
  });

  it('keeps a comma or semicolon written right after a range', () => {
    const tokens = tokensOf('The mill ran 1901–1925, and then it closed.');
    expect(tokens.find((t) => t.text === '1901–1925')!.post).toContain(',');
  });

  it('ends a clause at a semicolon after a range', () => {
    const tokens = tokensOf('The Zandia Mill ran from 1901-1925; Otto Brandt later led the Orvel Works.');
    const range = tokens.findIndex((t) => t.text === '1901-1925');
    const [, last] = clauseAround(tokens, range);
    expect(tokens[last]!.text).toBe('1901-1925');
  });
});
