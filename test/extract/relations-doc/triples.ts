import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

/** The relations of a text written for a test, as [subject name, predicate, object name] (rules only). */
export function relations(text: string): string[][] {
  const x = extract({ id: 't', text, publishedAt: '2010-03-01' }, { relationModel: null });
  const name = (id: string) => x.entities.find((e) => e.id === id)?.name ?? id;
  return x.relations.map((r) => [name(r.subject), r.predicate, name(r.object)]);
}

/** The triple is among those found, as written. */
export const holds = (got: string[][], [s, p, o]: string[]): boolean => got.some(([gs, gp, go]) => gs === s && gp === p && go === o);

const SYMMETRIC = new Set(['OPPOSES', 'RELATIVE_OF']);

/** Likewise, either way round for a symmetric predicate. */
export const holdsEitherWay = (got: string[][], [s, p, o]: string[]): boolean =>
  got.some(([gs, gp, go]) => gp === p && ((gs === s && go === o) || (SYMMETRIC.has(p!) && gs === o && go === s)));

/** A test table row: a label, a text written for the test, and a [subject, predicate, object] triple. */
export type TripleRow = [label: string, text: string, triple: [string, string, string]];

/**
 * One test per row: each `found` triple holds in its text, each `absent` one does not.
 * `match` compares (holds, or holdsEitherWay for symmetric predicates); `absentLabel` opens the absent rows' names.
 */
export function tripleTables(
  title: string,
  found: readonly TripleRow[],
  absent: readonly TripleRow[] = [],
  { match = holds, absentLabel = 'not:' }: { match?: (got: string[][], triple: string[]) => boolean; absentLabel?: string } = {},
): void {
  describe(title, () => {
    it.each(found)('%s', (_, text, triple) => {
      const got = relations(text);
      expect(match(got, triple), JSON.stringify(got)).toBe(true);
    });
    if (absent.length) {
      it.each(absent)(`${absentLabel} %s`, (_, text, triple) => {
        const got = relations(text);
        expect(match(got, triple), JSON.stringify(got)).toBe(false);
      });
    }
  });
}
