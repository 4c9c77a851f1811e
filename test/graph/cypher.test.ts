import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listCypherFiles, loadQueries, splitStatements } from '../../src/graph/cypher.js';
import { GraphError } from '../../src/graph/errors.js';

describe('Cypher file loading', () => {
  const dir = mkdtempSync(join(tmpdir(), 'actorgraph-cypher-'));
  writeFileSync(join(dir, 'present.cypher'), '// a comment\nMATCH (n) RETURN n\n');
  writeFileSync(join(dir, 'empty.cypher'), '// only a comment\n');

  it('loads a statement by name, without comments', () => {
    const q = loadQueries({ present: 'present' }, dir);
    expect(q.present).toEqual({ name: 'present', text: 'MATCH (n) RETURN n' });
  });

  it('fails at load time, naming every missing or empty file', () => {
    const err = (() => {
      try {
        loadQueries({ a: 'present', b: 'missing-one', c: 'empty' }, dir);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(GraphError);
    expect((err as GraphError).code).toBe('CYPHER_FILE');
    expect((err as Error).message).toContain('missing-one.cypher');
    expect((err as Error).message).toContain('empty.cypher');
    expect((err as Error).message).not.toContain('present.cypher');
  });

  it('lists files by relative name', () => {
    expect(listCypherFiles(dir)).toEqual(['empty', 'present']);
  });

  it('splits schema files at semicolons that end a line', () => {
    expect(splitStatements("CREATE A;\nCREATE B {x: ';'};\n")).toEqual(['CREATE A', "CREATE B {x: ';'}"]);
  });
});
