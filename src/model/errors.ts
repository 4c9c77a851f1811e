/**
 * The base of every failure actorgraph expects and can explain: a stable
 * `code` that callers branch on (the CLI prints such errors as one line, the
 * API maps them to GraphQL error codes), a message written for the person who
 * has to fix it, and the error that caused it. Anything that is not an
 * ActorgraphError is a bug and is reported with its stack.
 */
export class ActorgraphError<Code extends string = string> extends Error {
  readonly code: Code;
  constructor(code: Code, message: string, options?: { cause?: unknown }) {
    super(message, options?.cause !== undefined ? { cause: options.cause } : undefined);
    this.code = code;
    // The subclass's own name, so stacks and logs say which failure it is.
    this.name = new.target.name;
  }
}
