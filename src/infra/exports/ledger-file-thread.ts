// Worker thread: one chat reply's 台账 summed, or written into its file (ledger-file-worker.ts), its rows read a month at a time
// through a store this thread opens; done, or the refusal, posted back.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../core/errors.js';
import { summarizeLedgerOf } from '../../core/exports/load-ledger.js';
import type { Store } from '../../core/ports.js';
import { createStderrLogger } from '../logger.js';
import { createFileStoreFactory } from '../store/file-store.js';
import { createPostgresStoreFactory } from '../store/postgres/postgres-store.js';
import { connectPostgres, type SqlClient } from '../store/postgres/sql-client.js';
import type { LedgerFileThreadInput, LedgerFileThreadOutput } from './ledger-file-worker.js';
import { writeReplyLedger } from './render-file.js';

const input = workerData as LedgerFileThreadInput;
let sql: SqlClient | undefined;
let outcome: LedgerFileThreadOutput;
try {
  let store: Store;
  if ('dataDir' in input.store) store = createFileStoreFactory(input.store.dataDir, createStderrLogger())(input.workspace);
  else {
    // A month at a time, one read after another: a connection or two, not the bot's pool of ten.
    sql = await connectPostgres(input.store.databaseUrl, { max: 2 });
    store = createPostgresStoreFactory(sql)(input.workspace);
  }
  if (input.task === 'summarize') outcome = { type: 'done', summary: await summarizeLedgerOf(store, input.input) };
  else {
    await writeReplyLedger(store, { kind: 'ledger', name: '', ledger: input.ledger }, input.path, new Map(input.names), input.folder);
    outcome = { type: 'done' };
  }
} catch (error) {
  if (error instanceof AppError) outcome = { type: 'refused', code: error.code, userMessage: error.userMessage };
  else outcome = { type: 'failed', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
}
// Closed before the answer: the parent ends the thread once it has it.
await sql?.close().catch(() => undefined);
parentPort?.postMessage(outcome);
