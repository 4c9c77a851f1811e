import { describe, expect, it } from 'vitest';
import { nlp, parse } from '../../src/extract/nlp.js';

const tagsOf = (doc: ReturnType<typeof nlp>) => doc.document.map((s) => s.map((t) => `${t.text}/${[...(t.tags ?? [])].sort().join('.')}`));

describe('parse: the compromise stages the extractor reads', () => {
  it.each([
    'The mayor of Lisbon, Marta Quintela, said the dockers would strike on Monday.',
    "Workers at the Ferreira plant didn't return after the union's vote.",
    'OPPOSITION LEADER ARRESTED IN CAPITAL, police say',
  ])('tags %j as a full parse does', (text) => {
    expect(tagsOf(parse(text))).toEqual(tagsOf(nlp(text)));
  });

  it('skips the chunker, whose results the extractor never reads', () => {
    // The chunker gives every word a chunk; a few words get one from the tagger anyway.
    const chunked = (doc: ReturnType<typeof nlp>) => doc.document.flat().filter((t) => t.chunk !== undefined).length;
    const text = 'The striking nurses marched to the ministry.';
    expect(chunked(nlp(text))).toBe(7);
    expect(chunked(parse(text))).toBeLessThan(3);
  });

  it("leaves the instance's stages as they were for everyone else", () => {
    const world = nlp.world() as { hooks: string[]; methods: { one: { bulkMatch: unknown } } };
    const before = [...world.hooks];
    const sweep = world.methods.one.bulkMatch;
    parse('A short sentence.');
    expect(world.hooks).toEqual(before);
    expect(before).toContain('chunks');
    expect(world.methods.one.bulkMatch).toBe(sweep);
  });
});
