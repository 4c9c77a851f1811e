import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { MAX_SENTENCE_CHARS, prepareText } from '../../src/extract/prepare.js';

describe('prepareText', () => {
  it.each([
    ['plain prose is untouched', 'The mayor of Tarn met union leaders on Monday.'],
    ['a tag between sentences', 'Ines Moro resigned.</p><p>Her deputy took over.'],
    ['character references', 'Hollis &amp; Frey said &quot;no&quot; to the offer.'],
    ['a comment and an inline tag', 'The <b>port</b> strike<!-- note --> ended.'],
    ['a lone angle bracket', 'Turnout was < 40% in the north.'],
    ['astral characters', 'Fans 😀 cheered Ola Berg 😀 in Bergen.'],
  ])('keeps every offset: %s', (_label, text) => {
    const prepared = prepareText(text);
    expect(prepared.length).toBe(text.length);
    // Outside markup, every character stays where it was.
    for (let i = 0; i < text.length; i++) if (prepared[i] !== text[i]) expect(/[\s&"'<>]/.test(prepared[i]!)).toBe(true);
  });

  it('blanks tags and turns block tags into line breaks', () => {
    expect(prepareText('Ines Moro resigned.</p><p>Her deputy')).toBe('Ines Moro resigned.\n   \n  Her deputy');
    expect(prepareText('The <b>port</b> strike')).toBe('The    port     strike');
    expect(prepareText('Hollis &amp; Frey')).toBe('Hollis &     Frey');
  });

  it('leaves comparisons and stray brackets alone', () => {
    expect(prepareText('Turnout was < 40% and > 20%.')).toBe('Turnout was < 40% and > 20%.');
  });

  it('breaks a run longer than a sentence can be, and only such a run', () => {
    const long = Array.from({ length: 400 }, (_, i) => (i % 7 === 6 ? 'word,' : 'word')).join(' ');
    const prepared = prepareText(long);
    const runs = prepared.split('\n');
    expect(runs.length).toBeGreaterThan(1);
    for (const run of runs) expect(run.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS + 1);
    const normal = 'Voters in Lund went to the polls. '.repeat(40);
    expect(prepareText(normal)).toBe(normal);
  });

  it('does not treat initials as sentence ends when measuring a run', () => {
    const initials = 'A. b C. '.repeat(200);
    expect(prepareText(initials)).toContain('\n');
  });
});

describe('extraction on markup and odd input', () => {
  it('reads sentences across tags, with offsets into the original text', () => {
    const text = '<p>Ines Moro, the mayor of Tarn, resigned on Monday.</p><p>Paulo Reis replaced her.</p>';
    const x = extract({ id: 'html', text });
    expect(x.sentences.length).toBe(2);
    for (const s of x.sentences) expect(text.slice(s.start, s.end)).not.toMatch(/[<>]/);
    const names = x.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Ines Moro', 'Paulo Reis']));
    for (const e of x.entities) {
      expect(e.name).not.toMatch(/[<>]/);
      for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it.each([
    ['a dash before a number', '— 12 \n\n ?'],
    ['a closing tag glued to words', 'He met Bob.</p><p>Then Al went.'],
    ['an emoji before a name', '😀 Tuesday Lara Smith arrived.'],
  ])('keeps sentence offsets inside the text: %s', (_label, text) => {
    const x = extract({ id: 'odd', text });
    for (const s of x.sentences) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(text.length);
      expect(s.start).toBeLessThanOrEqual(s.end);
    }
  });
});
