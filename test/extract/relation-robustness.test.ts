import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

/** Texts that stop in the middle of a pattern: extraction must not read past the last token. */
const truncated: string[] = [
  'He met Maria Mira, the former',
  'Lara D,',
  'Maria Mira, the',
  'Tom Reed, the',
  'Ana Silva,',
  'Acme Corp, a unit of',
  'the leader of',
  'Tom Reed was named chairman of',
  'Bob Lee, who heads',
  'Maria Lind, his',
  "Ana Silva's",
  'The row pits Ana Silva',
  'Labor MP',
  'Ana Silva, daughter of',
];

describe('relation patterns on truncated text', () => {
  it.each(truncated)('%j extracts without throwing', (text) => {
    const x = extract({ id: 't', text });
    expect(Array.isArray(x.relations)).toBe(true);
  });
});
