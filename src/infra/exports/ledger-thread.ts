// Worker thread: reads one uploaded 台账 (.xlsx or .csv) under the limits and posts the sheet back, or the refusal.
// Loading exceljs and parsing thousands of rows stay here, off the bot's event loop (ledger-worker.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../core/errors.js';
import type { LedgerThreadInput, LedgerThreadOutput } from './ledger-worker.js';
import { readLedgerBytes } from './read-ledger.js';

const input = workerData as LedgerThreadInput;
const post = (message: LedgerThreadOutput): void => parentPort?.postMessage(message);
try {
  post({ type: 'sheet', sheet: await readLedgerBytes(input.bytes, input.name, input.limits) });
} catch (error) {
  if (error instanceof AppError) post({ type: 'refused', code: error.code, userMessage: error.userMessage });
  else post({ type: 'failed', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
}
