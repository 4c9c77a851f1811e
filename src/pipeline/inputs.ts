import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, join } from 'node:path';
import { createInterface } from 'node:readline';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { DocumentInput } from '../model/document.js';
import { DEFAULT_MAX_DOCUMENT_BYTES, DocumentInputError, formatBytes, toDocumentInput } from './document-input.js';
import { InputError } from './errors.js';

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.json', '.jsonl'] as const;
export { DEFAULT_MAX_DOCUMENT_BYTES };

/** One document read from a source, or the reason it could not be. */
export type InputItem =
  | { kind: 'document'; doc: DocumentInput; source: string }
  | { kind: 'error'; error: InputError };

export interface ReadOptions {
  maxDocumentBytes?: number;
}

/**
 * Expands files, folders (recursively) and globs (`*`, `?`, `**`, `{a,b}`) into
 * input files, in a stable order. Unsupported extensions inside folders are
 * skipped; a named file that does not exist becomes an error item.
 */
export async function expandInputs(paths: string[]): Promise<{ files: string[]; errors: InputError[] }> {
  const files: string[] = [];
  const errors: InputError[] = [];
  for (const p of paths) {
    if (p === '-') {
      files.push('-');
      continue;
    }
    if (isDynamicPattern(p)) {
      const matched = await expandGlob(p);
      if (matched.length === 0) errors.push(new InputError(p, 'no file matches this pattern'));
      files.push(...matched);
      continue;
    }
    let info;
    try {
      info = await stat(p);
    } catch {
      errors.push(new InputError(p, 'no such file or folder'));
      continue;
    }
    if (info.isDirectory()) files.push(...(await walk(p)).filter((f) => isSupported(f) && !isFolderReadme(f)));
    else files.push(p);
  }
  return { files: [...new Set(files)], errors };
}

/** A folder's README describes the folder; it is not one of its documents. Named explicitly, it is read. */
function isFolderReadme(file: string): boolean {
  return /^readme(\.[a-z]+)?$/i.test(basename(file));
}

function isSupported(file: string): boolean {
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(extname(file).toLowerCase());
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full)));
    else if (e.isFile()) out.push(full);
  }
  return out;
}

/**
 * A glob's matching input files, sorted (tinyglobby: `*`, `?`, `**`, `{a,b}`, `[abc]`; hidden files left out),
 * named as the pattern was: absolute for an absolute pattern, else relative to the working folder.
 */
async function expandGlob(pattern: string): Promise<string[]> {
  const matched = await glob(pattern, { onlyFiles: true, dot: false, expandDirectories: false, absolute: isAbsolute(pattern) });
  return matched.filter((f) => isSupported(f) && !isFolderReadme(f)).sort((a, b) => a.localeCompare(b));
}

/** Reads one input file (or `-` for stdin) into documents, never throwing for bad input. */
export async function* readDocuments(file: string, opts: ReadOptions = {}): AsyncGenerator<InputItem> {
  const max = opts.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  const ext = file === '-' ? '.jsonl' : extname(file).toLowerCase();
  if (ext === '.jsonl') {
    yield* readJsonLines(file, max);
    return;
  }
  if (!isSupported(file)) {
    yield fail(file, `unsupported file type "${ext || '(none)'}": expected ${SUPPORTED_EXTENSIONS.join(', ')}`);
    return;
  }
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (!info.isFile()) return yield fail(file, 'not a regular file');
    if (info.size > (ext === '.json' ? max * 2 : max)) {
      return yield fail(file, `too large (${formatBytes(info.size)}; the limit is ${formatBytes(max)} per document)`);
    }
    bytes = await readFile(file);
  } catch (err) {
    return yield fail(file, `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const decoded = decodeText(bytes);
  if (typeof decoded !== 'string') return yield fail(file, decoded.problem);
  const fallbackId = basename(file, extname(file));
  if (ext === '.json') {
    let value: unknown;
    try {
      value = JSON.parse(decoded);
    } catch (err) {
      return yield fail(file, `invalid JSON: ${(err as Error).message}`);
    }
    yield toItem(value, file, fallbackId, undefined, max);
    return;
  }
  if (decoded.trim() === '') return yield fail(file, 'empty document: no text');
  yield { kind: 'document', doc: { id: fallbackId, text: decoded }, source: file };
}

async function* readJsonLines(file: string, max: number): AsyncGenerator<InputItem> {
  const stream = file === '-' ? process.stdin : createReadStream(file);
  const label = file === '-' ? '<stdin>' : file;
  const opened = new Promise<Error | null>((res) => {
    stream.once('error', (e: Error) => res(e));
    stream.once('readable', () => res(null));
    stream.once('end', () => res(null));
  });
  const openError = await opened;
  if (openError) {
    yield fail(label, `cannot read: ${(openError as NodeJS.ErrnoException).code ?? openError.message}`);
    return;
  }
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  let any = false;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    any = true;
    if (Buffer.byteLength(line) > max * 2) {
      yield fail(label, `line too large (${formatBytes(Buffer.byteLength(line))})`, n);
      continue;
    }
    if (line.includes('\uFFFD')) {
      yield fail(label, 'invalid UTF-8', n);
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      yield fail(label, `invalid JSON: ${(err as Error).message}`, n);
      continue;
    }
    yield toItem(value, label, `${basename(label, extname(label))}-${n}`, n, max);
  }
  if (!any) yield fail(label, 'empty file: no documents');
}

function toItem(value: unknown, file: string, fallbackId: string, line: number | undefined, max: number): InputItem {
  try {
    const doc = toDocumentInput(value, { fallbackId, maxDocumentBytes: max });
    return { kind: 'document', doc, source: line !== undefined ? `${file}:${line}` : file };
  } catch (err) {
    if (err instanceof DocumentInputError) return fail(file, err.message, line);
    throw err;
  }
}

/** Strict UTF-8 decoding; binary content (NUL bytes) is refused. */
function decodeText(bytes: Buffer): string | { problem: string } {
  if (bytes.length === 0) return { problem: 'empty file' };
  if (bytes.subarray(0, 8192).includes(0)) return { problem: 'binary file (contains NUL bytes), not text' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return { problem: 'invalid UTF-8' };
  }
}

function fail(file: string, message: string, line?: number): InputItem {
  return { kind: 'error', error: new InputError(file, message, line) };
}


/** How many documents the files hold (JSON lines counted), for progress and ETA. Cheap: no parsing. */
export async function countDocuments(files: string[]): Promise<number | undefined> {
  let n = 0;
  for (const file of files) {
    if (file === '-') return undefined;
    if (extname(file).toLowerCase() !== '.jsonl') {
      n++;
      continue;
    }
    try {
      const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
      for await (const line of lines) if (line.trim() !== '') n++;
    } catch {
      n++;
    }
  }
  return n;
}
