// Worker thread: opens one uploaded 台账 (.xlsx or .csv) under the limits (read to its end once, checked and counted)
// and posts its header and row count, or the refusal; then hands over its rows a part at a time, each when asked
// for, so neither thread holds more than a part. Loading exceljs and parsing rows stay here, off the bot's event loop
// (ledger-worker.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../core/errors.js';
import type { LedgerRow } from '../../core/exports/import-ledger.js';
import type { LedgerThreadAsk, LedgerThreadInput, LedgerThreadOutput } from './ledger-worker.js';
import { openLedgerBytes } from './read-ledger.js';

const input = workerData as LedgerThreadInput;
const post = (message: LedgerThreadOutput): void => parentPort?.postMessage(message);
const failed = (error: unknown): void => {
  if (error instanceof AppError) post({ type: 'refused', code: error.code, userMessage: error.userMessage });
  else post({ type: 'failed', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
};
try {
  const stream = await openLedgerBytes(input.bytes, input.name, input.limits);
  let parts: AsyncIterator<LedgerRow[]> | undefined;
  parentPort?.on('message', (ask: LedgerThreadAsk) => {
    parts ??= stream.parts(ask.size)[Symbol.asyncIterator]();
    parts.next().then((step) => post(step.done ? { type: 'end' } : { type: 'part', rows: step.value }), failed);
  });
  post({ type: 'opened', header: stream.header, rowCount: stream.rowCount });
} catch (error) {
  failed(error);
}
