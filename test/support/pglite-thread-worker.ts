// Worker thread owning a PGlite database (pglite-thread.ts): runs the queries and transactions the main thread sends.
import { parentPort, workerData } from 'node:worker_threads';
import type { Transaction } from '@electric-sql/pglite';
import { openLeanPglite } from './lean-pglite.js';
import type { FromDb, ToDb } from './pglite-thread.js';

// Postgres's memory cut to a small process's (lean-pglite.ts): the soak measures the bot, not the server's page cache.
const db = openLeanPglite((workerData as { dataDir: string }).dataDir || undefined);
const open = new Map<number, { tx: Transaction; end: (commit: boolean) => void; done: Promise<unknown> }>();
let nextTx = 0;
const reply = (message: FromDb): void => parentPort?.postMessage(message);
/** A Postgres error's fields (code, detail, constraint…) survive the trip; the stack does not need to. */
const fields = (error: unknown): Record<string, unknown> => (error && typeof error === 'object' ? Object.fromEntries(Object.entries(error).filter(([, v]) => typeof v !== 'object' && typeof v !== 'function')) : {});

async function run(message: ToDb): Promise<FromDb> {
  if (message.op === 'query') {
    const target = message.tx === undefined ? db : open.get(message.tx)?.tx;
    if (!target) throw new Error(`no open transaction ${message.tx}`);
    return { id: message.id, ok: true, rows: (await target.query(message.sql, message.params)).rows as Record<string, unknown>[] };
  }
  if (message.op === 'begin') {
    const tx = ++nextTx;
    let entered!: (entry: { tx: Transaction; end: (commit: boolean) => void }) => void;
    const inside = new Promise<{ tx: Transaction; end: (commit: boolean) => void }>((r) => (entered = r));
    // The transaction stays open until the main thread ends it: its queries come one message at a time.
    const done = db.transaction((t) => new Promise<void>((commit, rollback) => entered({ tx: t, end: (ok) => (ok ? commit() : rollback(new Error('rollback'))) })));
    done.catch(() => undefined);
    open.set(tx, { ...(await inside), done });
    return { id: message.id, ok: true, tx };
  }
  if (message.op === 'end') {
    const entry = open.get(message.tx);
    open.delete(message.tx);
    entry?.end(message.commit);
    if (message.commit) await entry?.done;
    else await entry?.done.catch(() => undefined);
    return { id: message.id, ok: true };
  }
  await db.close();
  return { id: message.id, ok: true };
}

parentPort?.on('message', (message: ToDb) => {
  run(message).then(reply, (error: unknown) => reply({ id: message.id, ok: false, error: { message: error instanceof Error ? error.message : String(error), ...fields(error) } }));
});
await db.waitReady;
reply({ id: 0, ok: true });
