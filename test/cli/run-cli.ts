import { Writable } from 'node:stream';
import { run } from '../../src/cli/main.js';

/** A writable that keeps what it is given, for reading a command's output in a test. */
export function captureStream(): { stream: Writable; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      text += chunk.toString();
      done();
    },
  });
  return { stream, text: () => text };
}

/** Runs the CLI in-process with captured stdout and stderr. */
export async function runCli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = captureStream();
  const err = captureStream();
  const code = await run(argv, { stdout: out.stream, stderr: err.stream });
  return { code, stdout: out.text(), stderr: err.text() };
}
