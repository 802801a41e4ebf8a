// The little SQL a Postgres store needs, over node-postgres (a server) or PGlite (Postgres in WASM, for tests).
import { createPooledClient } from './pooled-client.js';

/** How a statement may be treated when the connection drops under it. */
export interface QueryOptions {
  /** Safe to run again after a dropped connection: a read, or a write a unique key guards (a dedupe key). */
  retry?: boolean;
}

export interface SqlClient {
  /** A SELECT is retried once on a dropped connection unless `retry: false`; other statements only with `retry: true`. */
  query<R = Record<string, unknown>>(text: string, params?: unknown[], options?: QueryOptions): Promise<{ rows: R[] }>;
  /** Runs `work` in one transaction (BEGIN … COMMIT, ROLLBACK on error); retried whole once only with `retry: true`. */
  transaction<T>(work: (tx: SqlClient) => Promise<T>, options?: QueryOptions): Promise<T>;
  close(): Promise<void>;
}

/** Connections per process: a burst beyond this waits in our queue, never in pg's (whose wait times out). */
export const POOL_MAX = 10;

/** A client over a connection string (postgres://…), through node-postgres, loaded only when used. */
export async function connectPostgres(url: string, options: { max?: number } = {}): Promise<SqlClient> {
  const { default: pg } = await import('pg');
  const max = options.max ?? POOL_MAX;
  // A CLI run ends as soon as its work is done: idle connections do not keep the process alive.
  // The timeout bounds opening a connection only: our queue keeps pg's own waiting list empty.
  const pool = new pg.Pool({ connectionString: url, max, allowExitOnIdle: true, connectionTimeoutMillis: 5_000, keepAlive: true });
  pool.on('error', () => undefined);
  return createPooledClient(pool, { max });
}

/** A client that connects on first use, so composing the app stays synchronous and pg loads only when needed. */
export function lazyPostgres(url: string): SqlClient {
  let client: Promise<SqlClient> | undefined;
  const get = () => (client ??= connectPostgres(url));
  return {
    query: async (text, params, options) => (await get()).query(text, params, options),
    transaction: async (work, options) => (await get()).transaction(work, options),
    close: async () => (client ? (await client).close() : undefined),
  };
}

/** A client over a PGlite database (the tests' Postgres). */
export function pgliteClient(db: {
  query<R>(text: string, params?: unknown[]): Promise<{ rows: R[] }>;
  transaction<T>(work: (tx: { query<R>(text: string, params?: unknown[]): Promise<{ rows: R[] }> }) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}): SqlClient {
  const client: SqlClient = {
    query: (text, params) => db.query(text, params),
    transaction: (work) =>
      db.transaction((tx) => {
        const inner: SqlClient = { query: (text, params) => tx.query(text, params), transaction: (w) => w(inner), close: async () => undefined };
        return work(inner);
      }),
    close: () => db.close(),
  };
  return client;
}
