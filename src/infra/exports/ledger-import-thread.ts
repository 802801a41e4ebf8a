// Worker thread: one uploaded 台账 imported into its workspace (ledger-import-worker.ts): the file read, checked and
// streamed (read-ledger.ts), matched and written a part at a time (import-ledger.ts) through a store this thread
// opens, its report or refusal posted back.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../core/errors.js';
import { importLedger } from '../../core/exports/import-ledger.js';
import type { Store } from '../../core/ports.js';
import { createStderrLogger } from '../logger.js';
import { createFileStoreFactory } from '../store/file-store.js';
import { createPostgresStoreFactory } from '../store/postgres/postgres-store.js';
import { connectPostgres, type SqlClient } from '../store/postgres/sql-client.js';
import type { LedgerImportThreadInput, LedgerImportThreadOutput } from './ledger-import-worker.js';
import { openLedgerBytes } from './read-ledger.js';

const input = workerData as LedgerImportThreadInput;
let sql: SqlClient | undefined;
let outcome: LedgerImportThreadOutput;
try {
  const stream = await openLedgerBytes(input.bytes, input.name, input.limits);
  let store: Store;
  if ('dataDir' in input.store) store = createFileStoreFactory(input.store.dataDir, createStderrLogger())(input.ctx.workspace);
  else {
    // One import writes a part at a time: a connection or two, not the bot's pool of ten.
    sql = await connectPostgres(input.store.databaseUrl, { max: 2 });
    store = createPostgresStoreFactory(sql)(input.ctx.workspace);
  }
  outcome = { type: 'done', report: await importLedger(store, input.ctx, stream, input.name) };
} catch (error) {
  if (error instanceof AppError) outcome = { type: 'refused', code: error.code, userMessage: error.userMessage };
  else outcome = { type: 'failed', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
}
// Closed before the answer: the parent ends the thread once it has it.
await sql?.close().catch(() => undefined);
parentPort?.postMessage(outcome);
