import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ActorgraphError } from '../model/errors.js';
import type { ChunkSink, ExportOutput } from './export-graph.js';
import { type ExportFormat, writersFor } from './formats.js';

/** The export could not be written where asked. Carries the path. */
export class ExportOutputError extends ActorgraphError<'EXPORT_OUTPUT'> {
  readonly path: string;
  constructor(path: string, message: string, cause?: unknown) {
    super('EXPORT_OUTPUT', `${path}: ${message}`, { cause });
    this.path = path;
  }
}

/**
 * A sink over a writable stream that waits for 'drain' when the stream's
 * buffer is full, so a slow disk or a slow reader of stdout holds the Neo4j
 * reading back instead of growing memory. A stream error (disk full, closed
 * pipe) fails the next write.
 */
export function streamSink(stream: NodeJS.WritableStream, name: string): ChunkSink & { failure(): Error | undefined } {
  let failed: Error | undefined;
  stream.on('error', (err: Error) => {
    failed ??= err;
  });
  const check = () => {
    if (failed) throw new ExportOutputError(name, `cannot write: ${failed.message}`, failed);
  };
  return {
    failure: () => failed,
    async write(chunk) {
      check();
      if (stream.write(chunk)) return;
      await new Promise<void>((resolve) => {
        const done = () => {
          stream.off('drain', done);
          stream.off('error', done);
          stream.off('close', done);
          resolve();
        };
        stream.on('drain', done);
        stream.on('error', done);
        stream.on('close', done);
      });
      check();
    },
  };
}

/**
 * A file written under a temporary name and renamed into place on commit(),
 * so an interrupted or failed export never leaves a truncated file where a
 * complete one is expected (nor replaces an earlier good one).
 */
export interface FileOutput {
  path: string;
  sink: ChunkSink;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

export async function openFileOutput(path: string): Promise<FileOutput> {
  const temp = `${path}.partial-${process.pid}`;
  const stream = createWriteStream(temp, { flags: 'w' });
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (err) => reject(new ExportOutputError(path, `cannot create: ${err.message}`, err)));
  });
  const sink = streamSink(stream, path);
  const close = () =>
    new Promise<void>((resolve, reject) => {
      if (stream.closed) return resolve();
      stream.end((err?: Error | null) => (err ? reject(err) : resolve()));
    });
  return {
    path,
    sink,
    async commit() {
      try {
        await close();
        const failure = sink.failure();
        if (failure) throw failure;
        await rename(temp, path);
      } catch (err) {
        await rm(temp, { force: true });
        throw err instanceof ExportOutputError ? err : new ExportOutputError(path, `cannot write: ${(err as Error).message}`, err);
      }
    },
    async abort() {
      stream.destroy();
      await rm(temp, { force: true });
    },
  };
}

/** Every output of one export: committed together when it is complete, removed together when it fails. */
export interface ExportOutputs {
  outputs: ExportOutput[];
  /** For the summary: "out.gexf", "DIR/nodes.csv and DIR/edges.csv", "stdout". */
  description: string;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/** Opens the outputs of a format: stdout when `out` is undefined, else the file (for csv, the two files in the folder `out`). */
export async function openExportOutputs(format: ExportFormat, out: string | undefined, stdout: NodeJS.WritableStream): Promise<ExportOutputs> {
  const writers = writersFor(format);
  if (out === undefined) {
    const sink = streamSink(stdout, 'stdout');
    return { outputs: writers.map((w) => ({ writer: w.writer, sink })), description: 'stdout', commit: async () => {}, abort: async () => {} };
  }
  const files: FileOutput[] = [];
  try {
    if (format === 'csv') {
      await mkdir(out, { recursive: true }).catch((err: Error) => {
        throw new ExportOutputError(out, `cannot create the folder: ${err.message}`, err);
      });
    }
    for (const w of writers) files.push(await openFileOutput(w.file ? join(out, w.file) : out));
  } catch (err) {
    await Promise.all(files.map((f) => f.abort()));
    throw err;
  }
  return {
    outputs: writers.map((w, i) => ({ writer: w.writer, sink: files[i]!.sink })),
    description: files.map((f) => f.path).join(' and '),
    async commit() {
      for (const f of files) await f.commit();
    },
    async abort() {
      await Promise.all(files.map((f) => f.abort()));
    },
  };
}
