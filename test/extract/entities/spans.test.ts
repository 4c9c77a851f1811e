import { describe, expect, it } from 'vitest';
import { entitiesOf } from './_helpers.js';

/** Every mention's text must be exactly the text at its offsets. */
function checkOffsets(text: string) {
  const es = entitiesOf(text);
  for (const e of es) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return es;
}

describe('spans and offsets', () => {
  it('excludes the possessive and trailing punctuation', () => {
    const text = 'Peru’s president met Bolivia\'s. “Peru,” he said.';
    const es = checkOffsets(text);
    const peru = es.find((e) => e.name === 'Peru')!;
    expect(peru.mentions.map((m) => m.text)).toEqual(['Peru', 'Peru']);
    expect(es.find((e) => e.name === 'Bolivia')?.mentions[0]!.text).toBe('Bolivia');
  });

  it('keeps accented and non-English names whole', () => {
    const text = 'José Muñoz Peñaloza of Unión Cívica Radical met Søren Kierkegård in Bogotá.';
    const es = checkOffsets(text);
    expect(es.map((e) => `${e.name}/${e.type}`)).toEqual([
      'José Muñoz Peñaloza/Person',
      'Unión Cívica Radical/Organization',
      'Søren Kierkegård/Person',
      'Bogotá/Place',
    ]);
  });

  it('keeps offsets exact after emoji, quotes and dashes (UTF-16)', () => {
    const text = '🙂 “Hello” — said Ana Lima — in Porto Alegre; then 😀 Ana Lima left.';
    const es = checkOffsets(text);
    const ana = es.find((e) => e.name === 'Ana Lima')!;
    expect(ana.mentions.map((m) => m.start)).toEqual([text.indexOf('Ana Lima'), text.lastIndexOf('Ana Lima')]);
  });

  it('keeps the dot of an abbreviation and of initials', () => {
    const es = checkOffsets('Acme Widgets Co. hired Mary K. Stone.');
    expect(es.map((e) => e.name)).toEqual(['Acme Widgets Co.', 'Mary K. Stone']);
  });

  it('splits names joined by "and", but not "& Co."', () => {
    const es = checkOffsets('Smith & Co. and Baker Industries merged with Oxfam and the Red Cross.');
    expect(es.map((e) => e.name)).toEqual(['Smith & Co.', 'Baker Industries', 'Oxfam', 'Red Cross']);
  });

  it('joins hyphenated names and drops "anti-" prefixes', () => {
    const es = checkOffsets('An anti-Moreno rally backed Ana Pérez-Reverte. Moreno Castillo said nothing.');
    expect(es.map((e) => e.name)).toContain('Ana Pérez-Reverte');
  });

  it('reads a name across a slash', () => {
    const es = checkOffsets('Voters backed the Alliance/Green Party list.');
    expect(es.map((e) => e.name)).toContain('Green Party');
  });

  // Speed on long documents is measured by `npm run bench -- extract`, not asserted here.
  it('keeps every mention in a long document', () => {
    const para = 'President Ana Lima of the Green Party met copper miners in Lima, Peru, on Monday. Lima said the talks went well. ';
    const text = para.repeat(300);
    const es = checkOffsets(text);
    expect(es.find((e) => e.name === 'Ana Lima')!.mentions.length).toBeGreaterThanOrEqual(300);
  });
});
