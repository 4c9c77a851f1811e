import { describe, expect, it } from 'vitest';
import { readCypherFile } from '../../src/graph/cypher.js';
import { type EntityRow, toDocumentRows } from '../../src/graph/document-rows.js';
import { entityLookups, lookupProperties, nodeLookupProperties, reachable } from '../../src/graph/entity-identity.js';
import { PREDICATES } from '../../src/model/ontology.js';
import { handExtraction } from '../helpers/extraction.js';

// What the writer looks stored nodes and relations up by: each lookup must be
// one the graph answers through an index or between two known nodes, so its
// cost stays what the document names (the db side: writer-profile.db.test.ts).

describe.each([
  ['ingest/add-relations', 'row'],
  ['ingest/refresh-relations', 't'],
])('%s: one branch per predicate', (statement, row) => {
  const text = readCypherFile(statement);
  // Each MERGE names its relation's key (schema 009): one seek in that type's key constraint, whatever the ends' degrees.
  const key = `\\{key: ${row}\\.subject \\+ '\\\\u001f' \\+ ${row}\\.object\\}`;
  const merged = [...text.matchAll(new RegExp(`WHERE ${row}\\.predicate = '([A-Z_]+)' MERGE \\(s\\)-\\[r:([A-Z_]+) ${key}\\]->\\(o\\)`, 'g'))];

  it.each(PREDICATES.map((p) => [p]))('%s has its branch, with its own type', (predicate) => {
    expect(merged.filter((m) => m[1] === predicate).map((m) => m[2])).toEqual([predicate]);
  });

  it('has no branch for anything else, and no dynamic type', () => {
    expect(merged.map((m) => m[1]).sort()).toEqual([...PREDICATES].sort());
    expect(text).not.toContain('$(');
  });
});

describe('people found by a fuller or shorter form of their name', () => {
  it.each([
    // query name, stored node's name, found
    ['tove brandt', 'tove brandt', true],
    ['tove brandt', 'ilse brandt', true],
    ['tove brandt', 'tove brandt ekman', true],
    ['tove ekman', 'tove brandt ekman', true],
    ['tove lind brandt', 'tove brandt', true],
    ['tove lind', 'tove brandt ekman', false],
    ['ilse brandt', 'tove brandt ekman', false],
    // Only the second word of a fuller name is looked up by: a form ending on its third is not found.
    ['tove ekman', 'tove lind ekman brandt', false],
    ['tove', 'tove brandt', false],
  ] as const)('"%s" reaches the node "%s": %s', (query, node, found) => {
    expect(reachable([query], { normName: node })).toBe(found);
  });

  it.each([
    ['Tove Brandt', { firstToken: 'tove', secondToken: null, lastToken: 'brandt' }],
    ['Tove Lind Brandt', { firstToken: 'tove', secondToken: 'lind', lastToken: 'brandt' }],
    ['Tove Lind Ekman Brandt', { firstToken: 'tove', secondToken: 'lind', lastToken: 'brandt' }],
  ] as const)('a node named "%s" is kept with %o', (name, expected) => {
    const [row] = personRows(name);
    expect(lookupProperties(row!)).toMatchObject(expected);
    expect(nodeLookupProperties({ id: `person:${name.toLowerCase()}`, type: 'Person', name, normName: name.toLowerCase() })).toMatchObject(expected);
  });

  it('looks a two-word name up by its last word and by its two words as first and second', () => {
    const lookups = entityLookups(personRows('Tove Brandt'));
    expect(lookups.lastTokens).toEqual(['brandt', 'tove']);
    expect(lookups.firstTokens).toEqual([{ first: 'tove', last: 'brandt' }]);
  });
});

function personRows(name: string): EntityRow[] {
  const doc = { id: 'lookup-doc', text: `${name} spoke on Monday.` };
  return toDocumentRows(doc, 'hash', handExtraction(doc, { entities: [[name, 'Person']] })).entities;
}
