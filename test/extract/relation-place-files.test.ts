import { describe, expect, it } from 'vitest';
import { LexiconFileError } from '../../src/model/lexicon-files.js';
import { placeRows } from '../../src/extract/relations/places.js';

describe('placeRows: the one reader of ingest/lexicons/places', () => {
  it('throws a LexiconFileError naming the file when it is missing', () => {
    expect(() => placeRows('no-such-file.tsv')).toThrow(LexiconFileError);
    expect(() => placeRows('no-such-file.tsv')).toThrow(/no-such-file\.tsv/);
  });

  it.each(['gazetteer.tsv', 'extra.tsv', 'within.tsv', 'towns.tsv'])('reads %s once, as trimmed tab-separated rows without comments', (file) => {
    const rows = placeRows(file);
    expect(rows.length).toBeGreaterThan(10);
    expect(placeRows(file)).toBe(rows);
    for (const row of rows.slice(0, 200)) {
      expect(row[0]!.startsWith('#')).toBe(false);
      for (const cell of row) expect(cell).toBe(cell.trim());
    }
  });
});
