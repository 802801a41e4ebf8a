// Reads an uploaded 台账 in a worker thread: loading exceljs and parsing a 2,000-row workbook cost the event loop
// about a second, during which no one else's request was acknowledged. Same result and refusals as readLedgerBytes.
import type { ErrorCode } from '../../core/errors.js';
import { AppError, ERROR_MESSAGES } from '../../core/errors.js';
import type { LedgerSheet } from '../../core/exports/import-ledger.js';
import { LEDGER_LIMITS, type LedgerLimits } from '../../core/exports/ledger-limits.js';
import { runWorker } from '../run-worker.js';
import { startWorker } from '../start-worker.js';

export interface LedgerThreadInput {
  bytes: Uint8Array;
  name: string;
  limits: LedgerLimits;
}
export type LedgerThreadOutput = { type: 'sheet'; sheet: LedgerSheet } | { type: 'refused'; code: ErrorCode; userMessage: string } | { type: 'failed'; message: string };

/** The refusal the thread met, as the same AppError readLedgerBytes would have thrown. */
function refusal(code: ErrorCode, userMessage: string): AppError {
  const suffix = `\n${ERROR_MESSAGES[code]}`;
  if (userMessage === ERROR_MESSAGES[code]) return new AppError(code);
  return new AppError(code, userMessage.endsWith(suffix) ? userMessage.slice(0, -suffix.length) : userMessage);
}

/**
 * readLedgerBytes in a worker thread of its own (heap capped at `memoryMb`, default 1,024 MB; `timeoutMs`, default
 * 2 minutes). A thread that fails, runs out of memory or takes too long is a ledger_unreadable refusal.
 */
export function readLedgerOffThread(bytes: Uint8Array, name: string, options: { limits?: LedgerLimits; memoryMb?: number; timeoutMs?: number } = {}): Promise<LedgerSheet> {
  const workerData: LedgerThreadInput = { bytes, name, limits: options.limits ?? LEDGER_LIMITS };
  const worker = startWorker(import.meta.url, 'ledger-thread', { workerData, resourceLimits: { maxOldGenerationSizeMb: options.memoryMb ?? 1024 } });
  const label = name.split(/[\\/]/u).at(-1);
  const unreadable = (cause: unknown): AppError => new AppError('ledger_unreadable', `“${label}”打不开（文件可能已损坏，或不是 Excel 工作簿）。`, { cause });
  const timeoutMs = options.timeoutMs ?? 120_000;
  return runWorker<LedgerThreadOutput, LedgerSheet>(worker, {
    timeoutMs,
    message: (m) => (m.type === 'sheet' ? m.sheet : m.type === 'refused' ? refusal(m.code, m.userMessage) : unreadable(new Error(m.message))),
    timeout: () => unreadable(new Error(`reading took over ${timeoutMs} ms`)),
    error: (error) => (error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new AppError('ledger_too_large', `“${label}”读取时需要的内存超过上限。`, { cause: error }) : unreadable(error)),
    exit: () => unreadable(new Error('the ledger thread stopped')),
  }).result;
}
