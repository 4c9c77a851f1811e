import { ActorgraphError } from '../model/errors.js';

export type LocalNeo4jErrorCode =
  | 'JAVA_MISSING'
  | 'NOT_BUILT'
  | 'PORT_IN_USE'
  | 'STORE_LOCKED'
  | 'ALREADY_RUNNING'
  | 'START_TIMEOUT'
  | 'START_FAILED';

/** Why the local Neo4j could not be started, stopped or reached, with the port, store and pid involved. */
export class LocalNeo4jError extends ActorgraphError<LocalNeo4jErrorCode> {
  readonly port: number | undefined;
  readonly dataDir: string | undefined;
  readonly pid: number | undefined;
  /** The launcher's own error line or stderr tail, when there is one. */
  readonly detail: string | undefined;
  constructor(
    code: LocalNeo4jErrorCode,
    message: string,
    context: { port?: number; dataDir?: string; pid?: number; detail?: string; cause?: unknown } = {},
  ) {
    super(code, message, { cause: context.cause });
    this.port = context.port;
    this.dataDir = context.dataDir;
    this.pid = context.pid;
    this.detail = context.detail;
  }
}

export const JAVA_MISSING_MSG =
  'Java 17+ is needed to run the local Neo4j (install a JDK, or set NEO4J_URI to use an existing Neo4j)';
export const NOT_BUILT_MSG = 'the local Neo4j launcher is not built: run `npm install` (or `node scripts/prepare-neo4j.mjs`)';

/** The hint every "cannot start" message ends with: the way around the local Neo4j. */
export function useUriHint(port: number): string {
  return `or set NEO4J_URI (e.g. NEO4J_URI=bolt://127.0.0.1:${port}) to use a Neo4j that is already running`;
}
