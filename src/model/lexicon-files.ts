import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEXICON_DIR } from '../paths.js';
import { ActorgraphError } from './errors.js';

/**
 * The one reader of ingest/lexicons: the word lists, gazetteer and cue tables
 * that extraction and the writer's identity rules share. Each file is read
 * once per process. The lists ship with the package, so a file that cannot be
 * read or parsed is a broken install and throws, naming the file: a missing
 * list silently read as empty would quietly change every extraction.
 */
export class LexiconFileError extends ActorgraphError<'LEXICON_FILE'> {
  constructor(
    readonly file: string,
    problem: string,
    cause?: unknown,
  ) {
    super('LEXICON_FILE', `lexicon ingest/lexicons/${file}: ${problem}; the lexicons ship with the package (reinstall it)`, { cause });
  }
}

function readLexicon(file: string): string {
  try {
    return readFileSync(join(LEXICON_DIR, file), 'utf8');
  } catch (err) {
    throw new LexiconFileError(file, `cannot read (${(err as Error).message})`, err);
  }
}

const rowCache = new Map<string, string[][]>();

/** A tab-separated list's rows, cells trimmed, blank lines and `#` comments left out. */
export function lexiconRows(file: string): string[][] {
  let rows = rowCache.get(file);
  if (!rows) {
    rows = readLexicon(file)
      .split('\n')
      .map((l) => l.replace(/\r$/, ''))
      .filter((l) => l.trim() !== '' && !l.startsWith('#'))
      .map((l) => l.split('\t').map((c) => c.trim()));
    rowCache.set(file, rows);
  }
  return rows;
}

const jsonCache = new Map<string, unknown>();

/** A JSON lexicon, parsed; its shape is checked by the module that gives it meaning. */
export function lexiconJson<T>(file: string): T {
  if (!jsonCache.has(file)) {
    const text = readLexicon(file);
    try {
      jsonCache.set(file, JSON.parse(text));
    } catch (err) {
      throw new LexiconFileError(file, `not valid JSON (${(err as Error).message})`, err);
    }
  }
  return jsonCache.get(file) as T;
}
