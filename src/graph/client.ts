import neo4j, { type Driver, Neo4jError, type QueryResult, type RecordShape, type Transaction } from 'neo4j-driver';
import { enableTcpNoDelayForDriver } from './_tcp-nodelay.js';
import type { CypherQuery } from './cypher.js';
import { GraphError, toGraphError } from './errors.js';

export interface GraphConnectionOptions {
  uri: string;
  user?: string;
  password?: string;
  /** Undefined: the server's default database. */
  database?: string | undefined;
  /** Sent with every transaction, visible in `SHOW TRANSACTIONS` and query logs. */
  app?: string;
  /** Transaction timeout for reads, in ms (writes have none unless given per call). */
  readTimeoutMs?: number;
  /** How long a transaction is retried while the server does not answer, in ms (default 2000). */
  unavailableRetryMs?: number;
}

/** Retry budget for transient errors (deadlocks, leader switches): long enough for lock waits to clear. */
const TRANSIENT_RETRY_MS = 15_000;
/**
 * Retry budget while the server does not answer: a restart of a single server
 * takes longer than this, so retrying longer only delays the report that it is gone.
 */
const DEFAULT_UNAVAILABLE_RETRY_MS = 2_000;
/** Connecting, and waiting for a pooled connection: a live local or LAN server answers well within this. */
const CONNECT_TIMEOUT_MS = 5_000;
const FIRST_RETRY_DELAY_MS = 200;

/** The driver's codes for a server that is gone or a connection that broke. */
function isConnectionLoss(err: unknown): boolean {
  return err instanceof Neo4jError && (err.code === 'ServiceUnavailable' || err.code === 'SessionExpired');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts a driver call without the caller's stack trace. neo4j-driver's Result
 * formats one for every statement (an Error and its .stack) so that a later
 * failure points at the caller: about 3% of the API server's CPU on a search.
 * Every failure here becomes a GraphError naming the statement, which says
 * more than that trace. The Result is made synchronously, inside `start`.
 */
function runWithoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export type Params = Record<string, unknown>;

export interface RunOptions {
  /** Extra transaction metadata (merged with `{app, query}`). */
  metadata?: Record<string, unknown>;
  timeoutMs?: number;
}

/** What a unit of work sees inside one transaction: only loaded queries run. */
export interface GraphTransaction {
  run<R extends RecordShape = RecordShape>(query: CypherQuery, params?: Params): Promise<R[]>;
}

/**
 * The only door to the Neo4j driver. Runs loaded `.cypher` statements in
 * transactions retried on transient errors (see transaction()), adds
 * transaction metadata, and turns driver errors into GraphErrors with context.
 */
export class Graph {
  readonly uri: string;
  readonly database: string | undefined;
  private readonly driver: Driver;
  private readonly app: string;
  private readonly readTimeoutMs: number | undefined;
  private readonly unavailableRetryMs: number;
  /** Statements sent, for tests and benchmarks that count round trips. */
  statementCount = 0;

  private constructor(driver: Driver, opts: GraphConnectionOptions) {
    this.driver = driver;
    this.uri = opts.uri;
    this.database = opts.database;
    this.app = opts.app ?? 'actorgraph';
    this.readTimeoutMs = opts.readTimeoutMs;
    this.unavailableRetryMs = opts.unavailableRetryMs ?? DEFAULT_UNAVAILABLE_RETRY_MS;
  }

  /** Connects and checks the server answers, so a bad URI fails here with a clear message. */
  static async connect(opts: GraphConnectionOptions): Promise<Graph> {
    enableTcpNoDelayForDriver();
    const auth = opts.password ? neo4j.auth.basic(opts.user ?? 'neo4j', opts.password) : undefined;
    let driver: Driver;
    try {
      driver = neo4j.driver(opts.uri, auth, {
        disableLosslessIntegers: true,
        userAgent: `actorgraph/${opts.app ?? 'cli'}`,
        connectionAcquisitionTimeout: CONNECT_TIMEOUT_MS,
        connectionTimeout: CONNECT_TIMEOUT_MS,
        // Nothing reads notifications, and the server sent them with every result:
        // 15 "unknown relationship type" warnings (a predicate no document has
        // stated yet) with every neighbourhood, each parsed into objects here.
        notificationFilter: { minimumSeverityLevel: 'OFF' },
      });
    } catch (err) {
      throw new GraphError('UNAVAILABLE', `cannot use Neo4j URI "${opts.uri}": ${(err as Error).message}`, { cause: err });
    }
    const graph = new Graph(driver, opts);
    try {
      await driver.verifyConnectivity(opts.database ? { database: opts.database } : {});
    } catch (err) {
      await driver.close().catch(() => undefined);
      throw toGraphError(err, { uri: opts.uri });
    }
    return graph;
  }

  /**
   * One read statement in an auto-commit transaction: one round trip (RUN and
   * PULL) where an explicit transaction takes two (BEGIN with RUN, then COMMIT)
   * and three socket writes; a single read statement needs nothing more.
   * Retried like transaction(): a read is safe to run again.
   */
  async read<R extends RecordShape = RecordShape>(query: CypherQuery, params: Params = {}, opts: RunOptions = {}): Promise<R[]> {
    const config = { ...opts, label: query.name, timeoutMs: opts.timeoutMs ?? this.readTimeoutMs };
    return this.retrying(() => this.readOnce<R>(query, params, config));
  }

  async write<R extends RecordShape = RecordShape>(query: CypherQuery, params: Params = {}, opts: RunOptions = {}): Promise<R[]> {
    return this.transaction('WRITE', (tx) => tx.run<R>(query, params), { ...opts, label: query.name });
  }

  /** Several statements in ONE write transaction: all of them commit, or none. Retried as a whole on transient errors. */
  async writeTransaction<T>(work: (tx: GraphTransaction) => Promise<T>, opts: RunOptions & { label?: string } = {}): Promise<T> {
    return this.transaction('WRITE', work, opts);
  }

  async readTransaction<T>(work: (tx: GraphTransaction) => Promise<T>, opts: RunOptions & { label?: string } = {}): Promise<T> {
    return this.transaction('READ', work, { ...opts, timeoutMs: opts.timeoutMs ?? this.readTimeoutMs });
  }

  /** Plans a statement without running it: used to check every .cypher file against the real server. */
  async explain(query: CypherQuery): Promise<void> {
    const session = this.session('READ');
    try {
      this.statementCount++;
      await session.run(`EXPLAIN ${query.text}`);
    } catch (err) {
      throw toGraphError(err, { uri: this.uri, query: query.name });
    } finally {
      await session.close();
    }
  }

  /** Runs a schema statement (constraints, indexes) in an auto-commit transaction, as Neo4j requires. */
  async runSchema(name: string, statement: string): Promise<void> {
    const session = this.session('WRITE');
    try {
      this.statementCount++;
      await session.run(statement, {}, { metadata: { app: this.app, query: name } });
    } catch (err) {
      throw toGraphError(err, { uri: this.uri, query: name });
    } finally {
      await session.close();
    }
  }

  /**
   * Runs a statement in its own auto-commit transaction: needed by
   * `CALL { … } IN TRANSACTIONS` (bulk deletes), which cannot run inside a managed one.
   */
  async runAutoCommit<R extends RecordShape = RecordShape>(query: CypherQuery, params: Params = {}): Promise<R[]> {
    const session = this.session('WRITE');
    try {
      this.statementCount++;
      const result = await session.run<R>(query.text, params, { metadata: { app: this.app, query: query.name } });
      return result.records.map((r) => r.toObject());
    } catch (err) {
      throw toGraphError(err, { uri: this.uri, query: query.name });
    } finally {
      await session.close();
    }
  }

  /** Server reachability and version, for /health. Never throws. */
  async ping(): Promise<{ ok: boolean; latencyMs: number; version?: string; error?: string }> {
    const started = performance.now();
    try {
      const info = await this.driver.getServerInfo(this.database ? { database: this.database } : {});
      return { ok: true, latencyMs: Math.round(performance.now() - started), ...(info.agent && { version: info.agent }) };
    } catch (err) {
      return { ok: false, latencyMs: Math.round(performance.now() - started), error: toGraphError(err, { uri: this.uri }).message };
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(this.database && { database: this.database }),
    });
  }

  /**
   * One managed transaction, retried when the driver says the error is
   * retriable: transient errors (deadlocks) for up to 15 s, a server that
   * does not answer for only `unavailableRetryMs`, so a dead server is
   * reported in seconds. Errors thrown by `work` itself are never retried.
   */
  private transaction<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: GraphTransaction) => Promise<T>,
    opts: RunOptions & { label?: string | undefined },
  ): Promise<T> {
    return this.retrying(() => this.transactionOnce(mode, work, opts));
  }

  /** Runs `once` again while its driver error is retriable, within the budgets described at transaction(). */
  private async retrying<T>(once: () => Promise<T>): Promise<T> {
    const started = performance.now();
    for (let delay = FIRST_RETRY_DELAY_MS; ; delay *= 2) {
      try {
        return await once();
      } catch (err) {
        const raw = err instanceof GraphError ? err.cause : undefined;
        const budget = isConnectionLoss(raw) ? this.unavailableRetryMs : neo4j.isRetriableError(raw) ? TRANSIENT_RETRY_MS : 0;
        const wait = Math.min(delay, 2_000) * (0.8 + Math.random() * 0.4);
        if (performance.now() - started + wait > budget) throw err;
        await sleep(wait);
      }
    }
  }

  private async readOnce<R extends RecordShape>(query: CypherQuery, params: Params, opts: RunOptions & { label?: string | undefined }): Promise<R[]> {
    const session = this.session('READ');
    try {
      this.statementCount++;
      const result: QueryResult<R> = await runWithoutCallerStack(() => session.run<R>(query.text, params, this.txConfig(opts)));
      return result.records.map((r) => r.toObject());
    } catch (err) {
      throw toGraphError(err, { uri: this.uri, query: query.name });
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  private txConfig(opts: RunOptions & { label?: string | undefined }) {
    return {
      metadata: { app: this.app, ...(opts.label && { query: opts.label }), ...opts.metadata },
      ...(opts.timeoutMs !== undefined && { timeout: opts.timeoutMs }),
    };
  }

  private async transactionOnce<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: GraphTransaction) => Promise<T>,
    opts: RunOptions & { label?: string | undefined },
  ): Promise<T> {
    const session = this.session(mode);
    let current: string | undefined;
    const config = this.txConfig(opts);
    const unit = async (tx: Transaction): Promise<T> =>
      work({
        run: async <R extends RecordShape>(query: CypherQuery, params: Params = {}): Promise<R[]> => {
          current = query.name;
          this.statementCount++;
          const result: QueryResult<R> = await tx.run<R>(query.text, params);
          return result.records.map((r) => r.toObject());
        },
      });
    // An explicit transaction, not the driver's executeRead/executeWrite: their retries
    // would retry a dead server as long as a deadlock; transaction() retries instead.
    let tx: Transaction | undefined;
    try {
      tx = session.beginTransaction(config);
      const result = await unit(tx);
      await tx.commit();
      return result;
    } catch (err) {
      if (tx?.isOpen()) await tx.rollback().catch(() => undefined);
      // The caller's own errors (thrown by `work`) pass through untouched; only driver errors are translated.
      if (!(err instanceof Neo4jError) && !(err instanceof GraphError)) throw err;
      throw toGraphError(err, { uri: this.uri, ...(current !== undefined && { query: current }) });
    } finally {
      await session.close().catch(() => undefined);
    }
  }
}
