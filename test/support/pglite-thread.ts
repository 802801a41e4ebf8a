// PGlite in a worker thread, as a SqlClient: Postgres in WASM runs its queries synchronously, so in the bot's own
// thread a query over 25,000 rows stops every other request the way a real server (another process) never does.
// The soak runs its PGlite bot on this, so that what it measures is the bot and not the stand-in for the server.
import { startWorker } from '../../src/infra/start-worker.js';
import type { SqlClient } from '../../src/infra/store/postgres/sql-client.js';

export type ToDb =
  | { id: number; op: 'query'; sql: string; params?: unknown[]; tx?: number }
  | { id: number; op: 'begin' }
  | { id: number; op: 'end'; tx: number; commit: boolean }
  | { id: number; op: 'close' };
export type FromDb = { id: number; ok: true; rows?: Record<string, unknown>[]; tx?: number } | { id: number; ok: false; error: { message: string } & Record<string, unknown> };
type Request = ToDb extends infer T ? (T extends { id: number } ? Omit<T, 'id'> : never) : never;

/** A SqlClient over a PGlite database kept in `dataDir` ('' for memory), opened in its own worker thread. */
export async function pgliteThreadClient(dataDir: string): Promise<SqlClient> {
  const worker = startWorker(import.meta.url, 'pglite-thread-worker', { workerData: { dataDir } });
  const waiting = new Map<number, { resolve: (m: FromDb) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  let stopped: Error | undefined;
  const stop = (error: Error): void => {
    stopped ??= error;
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  worker.on('message', (m: FromDb) => {
    const w = waiting.get(m.id);
    waiting.delete(m.id);
    w?.resolve(m);
  });
  worker.on('error', stop);
  worker.on('exit', () => stop(new Error('the PGlite thread stopped')));
  const ready = new Promise<FromDb>((resolve, reject) => waiting.set(0, { resolve, reject }));
  await ready;
  const send = (request: Request): Promise<FromDb & { ok: true }> => {
    if (stopped) return Promise.reject(stopped);
    const id = ++nextId;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve: (m) => (m.ok ? resolve(m) : reject(Object.assign(new Error(m.error.message), m.error))), reject });
      worker.postMessage({ ...request, id });
    });
  };
  const query = (tx?: number) => async <R>(sql: string, params?: unknown[]): Promise<{ rows: R[] }> => ({ rows: ((await send({ op: 'query', sql, params, ...(tx ? { tx } : {}) })).rows ?? []) as R[] });
  return {
    query: query(),
    async transaction(work) {
      const { tx } = await send({ op: 'begin' });
      const inner: SqlClient = { query: query(tx), transaction: (w) => w(inner), close: async () => undefined };
      try {
        const result = await work(inner);
        await send({ op: 'end', tx: tx as number, commit: true });
        return result;
      } catch (error) {
        await send({ op: 'end', tx: tx as number, commit: false }).catch(() => undefined);
        throw error;
      }
    },
    async close() {
      await send({ op: 'close' });
      await worker.terminate();
    },
  };
}
