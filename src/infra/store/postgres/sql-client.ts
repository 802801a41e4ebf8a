// The little SQL a Postgres store needs, over node-postgres (a server) or PGlite (Postgres in WASM, for tests).
import { StoreError } from '../../../core/errors.js';

export interface SqlClient {
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: R[] }>;
  /** Runs `work` in one transaction (BEGIN … COMMIT, ROLLBACK on error). */
  transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A client over a connection string (postgres://…), through node-postgres, loaded only when used. */
export async function connectPostgres(url: string): Promise<SqlClient> {
  const { default: pg } = await import('pg');
  // A CLI run ends as soon as its work is done: idle connections do not keep the process alive.
  const pool = new pg.Pool({ connectionString: url, max: 10, allowExitOnIdle: true, connectionTimeoutMillis: 5_000 });
  pool.on('error', () => undefined);
  const wrap = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw unavailable(error);
    }
  };
  return {
    query: (text, params) => wrap(async () => (await pool.query(text, params)) as never),
    async transaction(work) {
      const client = await wrap(() => pool.connect());
      try {
        await client.query('BEGIN');
        const tx: SqlClient = {
          query: async (text, params) => (await client.query(text, params)) as never,
          transaction: (inner) => inner(tx),
          close: async () => undefined,
        };
        const result = await work(tx);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw unavailable(error);
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** A client that connects on first use, so composing the app stays synchronous and pg loads only when needed. */
export function lazyPostgres(url: string): SqlClient {
  let client: Promise<SqlClient> | undefined;
  const get = () => (client ??= connectPostgres(url));
  return {
    query: async (text, params) => (await get()).query(text, params),
    transaction: async (work) => (await get()).transaction(work),
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

function unavailable(error: unknown): unknown {
  const code = (error as { code?: unknown })?.code;
  // The server's disk is full (53100), or it refuses writes: a standby, a read-only database, a user without rights.
  if (code === '53100') return new StoreError('store_full', 'database', '数据库服务器的磁盘已满，这次没有保存。', { cause: error });
  if (code === '25006' || code === '42501') {
    return new StoreError('store_unavailable', 'database', `数据库拒绝写入（${code === '25006' ? '它是只读的，可能连到了备库' : '数据库用户没有写入权限'}），这次没有保存。`, { cause: error });
  }
  // Connection failures (no server, refused, timeout): say so without the address.
  if (typeof code === 'string' && /^(ECONNREFUSED|ENOTFOUND|ETIMEDOUT|ECONNRESET|EAI_AGAIN|57P0[1-3]|08\d\d\d|28P01|3D000)$/.test(code)) {
    return new StoreError('store_unavailable', 'database', undefined, { cause: error });
  }
  if (error instanceof Error && /timeout exceeded when trying to connect|Connection terminated/i.test(error.message)) {
    return new StoreError('store_unavailable', 'database', undefined, { cause: error });
  }
  return error;
}
