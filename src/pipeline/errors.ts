/** Why an input could not become a document. Carries the file (and line) it concerns. */
export class InputError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  constructor(file: string, message: string, line?: number) {
    super(message);
    this.name = 'InputError';
    this.file = file;
    this.line = line;
  }
  /** One line for the terminal: `file:line: problem`. */
  describe(): string {
    return `${this.file}${this.line !== undefined ? `:${this.line}` : ''}: ${this.message}`;
  }
}
