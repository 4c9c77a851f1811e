import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs, type InputItem, readDocuments } from '../../src/pipeline/inputs.js';

const dir = mkdtempSync(join(tmpdir(), 'actorgraph-inputs-'));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
async function collect(path: string, maxDocumentBytes?: number): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of readDocuments(path, maxDocumentBytes ? { maxDocumentBytes } : {})) out.push(item);
  return out;
}
const problems = (items: InputItem[]) => items.flatMap((i) => (i.kind === 'error' ? [i.error.describe()] : []));

describe('readDocuments', () => {
  it('reads a .txt file, its name being the id', async () => {
    const items = await collect(file('port-strike.txt', 'Dock workers walked out on Monday.'));
    expect(items).toEqual([{ kind: 'document', doc: { id: 'port-strike', text: 'Dock workers walked out on Monday.' }, source: join(dir, 'port-strike.txt') }]);
  });

  it('reads a .json document and ignores unknown fields', async () => {
    const p = file('a.json', JSON.stringify({ id: 'x1', title: 'T', text: 'Some text.', publishedAt: '2013-11', url: 'http://e.org', extra: [1] }));
    const [item] = await collect(p);
    expect(item).toMatchObject({ kind: 'document', doc: { id: 'x1', title: 'T', text: 'Some text.', publishedAt: '2013-11', url: 'http://e.org' } });
    expect(item?.kind === 'document' && 'extra' in item.doc).toBe(false);
  });

  it('reads .jsonl line by line, reporting bad lines with their number and going on', async () => {
    const p = file('batch.jsonl', ['{"id":"a","text":"First."}', '', '{not json', '{"id":"c"}', '{"id":"d","text":"Fourth."}'].join('\n'));
    const items = await collect(p);
    expect(items.filter((i) => i.kind === 'document').map((i) => i.kind === 'document' && i.doc.id)).toEqual(['a', 'd']);
    expect(problems(items)).toEqual([expect.stringMatching(/batch\.jsonl:3: invalid JSON/), `${p}:4: missing "text" (a string)`]);
  });

  it.each([
    ['empty.txt', '', 'empty file'],
    ['blank.md', '   \n  ', 'empty document: no text'],
    ['binary.txt', Buffer.from([0x48, 0x00, 0x01, 0x02]), 'binary file (contains NUL bytes), not text'],
    ['latin1.txt', Buffer.from([0x50, 0x69, 0xf1, 0x65, 0x72, 0x61]), 'invalid UTF-8'],
    ['bad.json', '{"id": "x", "text": ', 'invalid JSON'],
    ['array.json', '[1,2]', 'expected a JSON object'],
    ['notext.json', '{"id":"x"}', 'missing "text"'],
    ['baddate.json', '{"text":"t","publishedAt":"last week"}', '"publishedAt" is not an ISO 8601 date'],
    ['doc.pdf', 'x', 'unsupported file type ".pdf"'],
  ])('refuses %s with a clear one-line error', async (name, content, message) => {
    const p = file(name, content);
    const items = await collect(p);
    expect(items).toHaveLength(1);
    expect(problems(items)[0]).toContain(`${p}: ${message}`);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const p = file('big.txt', 'word '.repeat(1000));
    expect(problems(await collect(p, 1024))[0]).toMatch(/big\.txt: too large \(5 KB; the limit is 1 KB per document\)/);
  });

  it('keeps accents and offsets intact (BOM dropped)', async () => {
    const [item] = await collect(file('bom.txt', '\uFEFFSebastián Piñera spoke.'));
    expect(item?.kind === 'document' && item.doc.text).toBe('Sebastián Piñera spoke.');
  });
});

describe('expandInputs', () => {
  const tree = mkdtempSync(join(tmpdir(), 'actorgraph-tree-'));
  mkdirSync(join(tree, 'sub', 'deeper'), { recursive: true });
  for (const f of ['a.txt', 'sub/b.json', 'sub/deeper/c.jsonl', 'sub/ignored.csv', '.hidden.txt', 'README.md']) writeFileSync(join(tree, f), 'x');

  it('walks folders recursively, keeping supported files in a stable order (a README describes the folder)', async () => {
    const { files, errors } = await expandInputs([tree]);
    expect(errors).toEqual([]);
    expect(files.map((f) => f.slice(tree.length + 1))).toEqual(['a.txt', 'sub/b.json', 'sub/deeper/c.jsonl']);
  });

  it('expands globs, and reports a missing path or an empty glob', async () => {
    const { files, errors } = await expandInputs([`${tree}/**/*.json*`, join(tree, 'nope.txt'), `${tree}/*.md`]);
    expect(files.map((f) => f.slice(tree.length + 1))).toEqual(['sub/b.json', 'sub/deeper/c.jsonl']);
    expect(errors.map((e) => e.describe())).toEqual([`${join(tree, 'nope.txt')}: no such file or folder`, `${tree}/*.md: no file matches this pattern`]);
  });

  it.each([
    ['alternatives', '{a.txt,sub/b.json}', ['a.txt', 'sub/b.json']],
    ['a character class', 'sub/deeper/[bc].jsonl', ['sub/deeper/c.jsonl']],
    ['one character', 'sub/?.json', ['sub/b.json']],
    ['every folder, hidden files left out', '**/*.txt', ['a.txt']],
  ])('expands a glob with %s, sorted, unsupported files left out', async (_, pattern, expected) => {
    const { files, errors } = await expandInputs([`${tree}/${pattern}`]);
    expect(errors).toEqual([]);
    expect(files.map((f) => f.slice(tree.length + 1))).toEqual(expected);
  });

  it('names the files of a relative pattern relative to the working folder', async () => {
    const cwd = process.cwd();
    process.chdir(tree);
    try {
      expect((await expandInputs(['sub/**/*.json*'])).files).toEqual(['sub/b.json', 'sub/deeper/c.jsonl']);
    } finally {
      process.chdir(cwd);
    }
  });
});
