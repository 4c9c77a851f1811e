import { describe, expect, it } from 'vitest';
import { LexiconFileError, lexiconJson, lexiconRows } from '../../src/model/lexicon-files.js';

describe('the lexicon reader', () => {
  it.each([
    ['a missing list', () => lexiconRows('entities/no-such-list.txt'), /entities\/no-such-list\.txt: cannot read/],
    ['a missing table', () => lexiconJson('no-such-table.json'), /no-such-table\.json: cannot read/],
    ['a file that is not JSON', () => lexiconJson('places/gazetteer.tsv'), /places\/gazetteer\.tsv: not valid JSON/],
  ])('refuses %s with a LexiconFileError naming the file', (_, read, message) => {
    expect(read).toThrow(LexiconFileError);
    expect(read).toThrow(message);
  });

  it('reads a list once, as trimmed rows without blank lines or comments', () => {
    const rows = lexiconRows('places/gazetteer.tsv');
    expect(rows.length).toBeGreaterThan(100);
    expect(lexiconRows('places/gazetteer.tsv')).toBe(rows);
    for (const row of rows.slice(0, 500)) {
      expect(row[0]).not.toMatch(/^#/);
      expect(row.every((cell) => cell === cell.trim())).toBe(true);
    }
  });

  it('parses a JSON table once', () => {
    const cues = lexiconJson<Record<string, unknown>>('relation-cues.json');
    expect(Object.keys(cues).length).toBeGreaterThan(0);
    expect(lexiconJson('relation-cues.json')).toBe(cues);
  });
});
