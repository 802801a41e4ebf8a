// Child process: one chat reply's 台账 (ledger-file-worker.ts starts it, on the capped heap the CLI's export runs on).
// One pass over the period's records, a month at a time, makes the sums (sent at once, for the reply) and keeps each
// month's rows on disk (ledger-rows-file.ts); told where, it writes the workbook from them. Its kept rows are removed
// when it ends, however it ends; it ends when the bot lets it go or goes away itself.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../core/errors.js';
import { summarizeLedgerOf } from '../../core/exports/load-ledger.js';
import type { LedgerSummary } from '../../core/exports/ledger-stream.js';
import type { Store } from '../../core/ports.js';
import { createStderrLogger } from '../logger.js';
import type { SqlClient } from '../store/postgres/sql-client.js';
import type { LedgerFileOrder, LedgerFileAnswer } from './ledger-file-worker.js';
import { keptLedger, LedgerRowsFile } from './ledger-rows-file.js';
import { writeLedgerFile } from './render-file.js';

/** The folder the bot made for the kept rows (it removes it too once this process has exited, however it ended). */
let rowsDir: string | undefined;
const removeRows = (): void => {
  if (rowsDir) rmSync(rowsDir, { recursive: true, force: true });
};
// The bot gone (or letting go): nothing more will be asked.
process.on('disconnect', () => {
  removeRows();
  process.exit(0);
});

/** This process's peak resident memory (VmHWM) in MB, and its CPU time so far in ms. */
function usage(): { peakMb: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  let peakMb = Number.NaN;
  try {
    peakMb = Number(/VmHWM:\s+(\d+)/u.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]) / 1024;
  } catch {
    peakMb = process.resourceUsage().maxRSS / 1024;
  }
  return { peakMb: Math.round(peakMb), cpuMs: Math.round((cpu.user + cpu.system) / 1000) };
}

const orders: LedgerFileOrder[] = [];
let waiting: ((order: LedgerFileOrder) => void) | undefined;
process.on('message', (order: LedgerFileOrder) => {
  if (waiting) waiting(order);
  else orders.push(order);
});
const next = (): Promise<LedgerFileOrder> => {
  const queued = orders.shift();
  if (queued) return Promise.resolve(queued);
  return new Promise((resolve) => {
    waiting = (order) => {
      waiting = undefined;
      resolve(order);
    };
  });
};
const send = (answer: LedgerFileAnswer): Promise<void> => new Promise((resolve) => process.send!(answer, undefined, undefined, () => resolve()));
const failure = (error: unknown): LedgerFileAnswer =>
  error instanceof AppError ? { type: 'refused', code: error.code, userMessage: error.userMessage } : { type: 'failed', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };

let sql: SqlClient | undefined;
try {
  const start = await next();
  if (start.type !== 'start') throw new Error(`expected the start, got ${start.type}`);
  rowsDir = start.rowsDir;
  const rowsPath = join(rowsDir, 'rows');
  let store: Store;
  // Only the store it reads is loaded (each is a tenth of a second of CPU, a 1,000-row export's tenth).
  if ('dataDir' in start.store) {
    const { createFileStoreFactory } = await import('../store/file-store.js');
    store = createFileStoreFactory(start.store.dataDir, createStderrLogger(process.stderr, true))(start.workspace);
  } else {
    const [{ createPostgresStoreFactory }, { connectPostgres }] = await Promise.all([import('../store/postgres/postgres-store.js'), import('../store/postgres/sql-client.js')]);
    // A month at a time, one read after another: a connection, not the bot's pool of ten.
    sql = await connectPostgres(start.store.databaseUrl, { max: 1 });
    store = createPostgresStoreFactory(sql)(start.workspace);
  }
  const rows = new LedgerRowsFile(rowsPath);
  const kept = rowsPath;
  let summary: LedgerSummary;
  try {
    summary = await summarizeLedgerOf(store, { ...start.input, rows: (part) => rows.append(part) });
  } finally {
    rows.close();
  }
  await sql?.close().catch(() => undefined);
  sql = undefined;
  await send({ type: 'summary', summary, ...usage() });
  const order = await next();
  if (order.type === 'write') {
    await writeLedgerFile(() => keptLedger(summary, kept, new Map(order.names)), order.path, order.folder);
    await send({ type: 'written', ...usage() });
  }
} catch (error) {
  await send(failure(error)).catch(() => undefined);
} finally {
  await sql?.close().catch(() => undefined);
  removeRows();
}
process.disconnect?.();
