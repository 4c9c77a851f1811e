import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { ActorgraphError } from '../model/errors.js';
import type { ChunkSink } from './export-graph.js';

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
