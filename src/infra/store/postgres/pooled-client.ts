// A SqlClient over a connection pool: a fair queue in front of it (a burst waits, it does not time out),
// one retry when a connection drops under an idempotent statement, and "暂时连不上数据库" only when it is down.
import { StoreError } from '../../../core/errors.js';
import type { QueryOptions, SqlClient } from './sql-client.js';

/** One checked-out connection, as node-postgres's PoolClient has it. */
export interface PooledConnection {
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
  /** An error destroys the connection instead of returning it to the pool. */
  release(error?: Error | boolean): void;
}

/** What we use of a pg.Pool. */
export interface PoolLike {
  connect(): Promise<PooledConnection>;
  end(): Promise<void>;
}

/** At most `max` holders at once; the rest wait in arrival order, with no deadline. */
function createGate(max: number): () => Promise<() => void> {
  let busy = 0;
  const waiting: (() => void)[] = [];
  const leave = () => {
    const next = waiting.shift();
    if (next) next();
    else busy--;
  };
  return async () => {
    if (busy < max) busy++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    let left = false;
    return () => {
      if (!left) {
        left = true;
        leave();
      }
    };
  };
}

const isSelect = (text: string): boolean => /^\s*(SELECT|WITH)\b/i.test(text) && !/\b(INSERT|UPDATE|DELETE)\b/i.test(text);

/** Wraps a pool; `max` must not exceed the pool's own size. */
export function createPooledClient(pool: PoolLike, options: { max: number }): SqlClient {
  const enter = createGate(options.max);
  async function withConnection<T>(work: (conn: PooledConnection) => Promise<T>, retry: boolean): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const leave = await enter();
      let conn: PooledConnection | undefined;
      try {
        conn = await pool.connect();
        const result = await work(conn);
        conn.release();
        return result;
      } catch (error) {
        const dropped = isDropped(error);
        conn?.release(dropped ? (error as Error) : undefined);
        if (!(dropped && retry && attempt === 0)) throw unavailable(error);
      } finally {
        leave();
      }
    }
  }
  return {
    query: (text, params, opts?: QueryOptions) => withConnection(async (conn) => (await conn.query(text, params)) as never, opts?.retry ?? isSelect(text)),
    transaction: (work, opts?: QueryOptions) =>
      withConnection(async (conn) => {
        await conn.query('BEGIN');
        try {
          const tx: SqlClient = { query: async (text, params) => (await conn.query(text, params)) as never, transaction: (inner) => inner(tx), close: async () => undefined };
          const result = await work(tx);
          await conn.query('COMMIT');
          return result;
        } catch (error) {
          if (!isDropped(error)) await conn.query('ROLLBACK').catch(() => undefined);
          throw error;
        }
      }, opts?.retry ?? false),
    close: () => pool.end(),
  };
}

const code = (error: unknown): string | undefined => {
  const c = (error as { code?: unknown })?.code;
  return typeof c === 'string' ? c : undefined;
};

/** The connection went away under a statement (reset, server restart, terminated): worth one more try. */
export function isDropped(error: unknown): boolean {
  const c = code(error);
  if (c && /^(ECONNRESET|EPIPE|57P0[1-3]|08000|08003|08006)$/.test(c)) return true;
  return error instanceof Error && /Connection terminated|connection.*(closed|ended)|Client has encountered a connection error/i.test(error.message);
}

function unavailable(error: unknown): unknown {
  const c = code(error);
  // The server's disk is full (53100), or it refuses writes: a standby, a read-only database, a user without rights.
  if (c === '53100') return new StoreError('store_full', 'database', '数据库服务器的磁盘已满，这次没有保存。', { cause: error });
  if (c === '25006' || c === '42501') {
    return new StoreError('store_unavailable', 'database', `数据库拒绝写入（${c === '25006' ? '它是只读的，可能连到了备库' : '数据库用户没有写入权限'}），这次没有保存。`, { cause: error });
  }
  // Connection failures (no server, refused, timeout): say so without the address.
  if (c && /^(ECONNREFUSED|ENOTFOUND|ETIMEDOUT|ECONNRESET|EPIPE|EAI_AGAIN|57P0[1-3]|08\d\d\d|28P01|3D000)$/.test(c)) {
    return new StoreError('store_unavailable', 'database', undefined, { cause: error });
  }
  if (error instanceof Error && /timeout exceeded when trying to connect|Connection terminated/i.test(error.message)) {
    return new StoreError('store_unavailable', 'database', undefined, { cause: error });
  }
  return error;
}
