import { describe, expect, it } from 'vitest';
import { clauseAround, sentenceViews } from '../../src/extract/clauses.js';
import { documentContext } from '../../src/extract/context.js';
import { extract } from '../../src/extract/index.js';
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

// Rules only: what is tested is the rules' reading, not the learned models'.
function relations(text: string): string[] {
  const x = extract({ id: 't', text }, { relationModel: null, entityModel: null });
  const name = (id: string) => x.entities.find((e) => e.id === id)?.name ?? id;
  return x.relations.map((r) => `${name(r.subject)} ${r.predicate} ${name(r.object)}`);
}

describe('a place before "-based" is where a body is, not what a title leads', () => {
  it('"the president of the Toledo, Ohio-based company": no LEADS to the town', () => {
    const got = relations('Dana Welk is the president of the Toledo, Ohio-based company.');
    expect(got.filter((r) => r.startsWith('Dana Welk LEADS'))).toEqual([]);
  });
  it('"the mayor of the Dunmore-based firm ... Y told": the title names no place for the next sentence', () => {
    const got = relations('The mayor of the Dunmore-based firm spoke on Monday. Dana Welk told reporters the plan would go on.');
    expect(got.filter((r) => r.startsWith('Dana Welk LEADS'))).toEqual([]);
  });
  it('a place with no "-based" after it is still led', () => {
    expect(relations('Dana Welk is the mayor of Toledo, Ohio.')).toContain('Dana Welk LEADS Toledo');
  });
});

function entities(text: string): string[] {
  return extract({ id: 't', text }, { relationModel: null, entityModel: null }).entities.map((e) => `${e.name}/${e.type}`);
}

describe('a place whose name holds a comma: "Washington, D.C."', () => {
  it('is one place, not a town and a state', () => {
    const got = entities('The Orvel Society, a think tank in Washington, D.C., was founded in 1950.');
    expect(got).toContain('Washington, D.C./Place');
    expect(got).not.toContain('D.C./Place');
  });
  it('is one place when the parse runs it on into the next sentence', () => {
    const got = entities('The Zandia Institute is based in Washington, D.C. The institute was founded by Dana Welk.');
    expect(got).toContain('Washington, D.C./Place');
    expect(got).toContain('Dana Welk/Person');
  });
  it('a body there is located in the one place', () => {
    expect(relations('The Orvel Society, a think tank in Washington, D.C., was founded in 1950.')).toEqual(['Orvel Society LOCATED_IN Washington, D.C.']);
  });
  it('a town and its state stay two places', () => {
    expect(entities('Dana Welk lives in Toledo, Ohio.')).toEqual(expect.arrayContaining(['Toledo/Place', 'Ohio/Place']));
  });
});

describe('an abbreviated state before "-based" ("Calif.-based")', () => {
  it('is a place of its own, and the body after it is a name of its own', () => {
    const got = entities('Dana Welk, chief executive of the Brookvale, Calif.-based Orvel Corp., said sales rose.');
    expect(got).toEqual(expect.arrayContaining(['Calif./Place', 'Orvel Corp./Organization']));
  });
  it('the title before the address leads the body after it, not the place', () => {
    const got = relations('Dana Welk, chief executive of the Brookvale, Calif.-based Orvel Corp., said sales rose.');
    expect(got).toContain('Dana Welk LEADS Orvel Corp.');
    expect(got.filter((r) => r.startsWith('Dana Welk LEADS') && r !== 'Dana Welk LEADS Orvel Corp.')).toEqual([]);
  });
});

describe('a title before a "Town, State-based" body', () => {
  it('"chief executive of the Brookvale, Ohio-based X": the apposition reaches over the address to the body', () => {
    expect(relations('Dana Welk, chief executive of the Brookvale, Ohio-based Orvel Corp., said sales rose.')).toContain('Dana Welk LEADS Orvel Corp.');
  });
  it('"the Brookvale, Calif.-based X": the body is where its address says', () => {
    expect(relations('Dana Welk, chief executive of the Brookvale, Calif.-based Orvel Corp., said sales rose.')).toContain('Orvel Corp. LOCATED_IN Calif.');
  });
});
