// Reads an uploaded 台账 in a worker thread: loading exceljs and parsing a 2,000-row workbook cost the event loop
// about a second, during which no one else's request was acknowledged. Same result and refusals as openLedgerBytes;
// the rows come over a part at a time as the import asks for them.
import type { ErrorCode } from '../../core/errors.js';
import { AppError, ERROR_MESSAGES } from '../../core/errors.js';
import type { LedgerRow, LedgerSheet, LedgerStream } from '../../core/exports/import-ledger.js';
import { LEDGER_LIMITS, type LedgerLimits } from '../../core/exports/ledger-limits.js';
import { startWorker } from '../start-worker.js';

export interface LedgerThreadInput {
  bytes: Uint8Array;
  name: string;
  limits: LedgerLimits;
}
/** The parent asks for the next part of `size` rows. */
export interface LedgerThreadAsk {
  size: number;
}
export type LedgerThreadOutput =
  | { type: 'opened'; header: string[]; rowCount: number }
  | { type: 'part'; rows: LedgerRow[] }
  | { type: 'end' }
  | { type: 'refused'; code: ErrorCode; userMessage: string }
  | { type: 'failed'; message: string };

/** The refusal a thread met, as the same AppError readLedgerBytes would have thrown. */
export function refusal(code: ErrorCode, userMessage: string): AppError {
  const suffix = `\n${ERROR_MESSAGES[code]}`;
  if (userMessage === ERROR_MESSAGES[code]) return new AppError(code);
  return new AppError(code, userMessage.endsWith(suffix) ? userMessage.slice(0, -suffix.length) : userMessage);
}

/**
 * openLedgerBytes in a worker thread of its own (heap capped at `memoryMb`, default 1,024 MB; `timeoutMs`, default
 * 2 minutes, for the first read and again for each part). A thread that fails, runs out of memory or takes too long
 * is a ledger_unreadable refusal. The thread ends with the last part, or when the import stops asking (`close`).
 */
export async function openLedgerOffThread(bytes: Uint8Array, name: string, options: { limits?: LedgerLimits; memoryMb?: number; timeoutMs?: number } = {}): Promise<LedgerStream & { close(): void }> {
  const workerData: LedgerThreadInput = { bytes, name, limits: options.limits ?? LEDGER_LIMITS };
  const worker = startWorker(import.meta.url, 'ledger-thread', { workerData, resourceLimits: { maxOldGenerationSizeMb: options.memoryMb ?? 1024 } });
  const label = name.split(/[\\/]/u).at(-1);
  const unreadable = (cause: unknown): AppError => new AppError('ledger_unreadable', `“${label}”打不开（文件可能已损坏，或不是 Excel 工作簿）。`, { cause });
  const timeoutMs = options.timeoutMs ?? 120_000;
  // One outcome awaited at a time: the thread answers each ask with one message.
  let waiting: { resolve(m: LedgerThreadOutput): void; reject(e: Error): void; timer: NodeJS.Timeout } | undefined;
  let ended: Error | undefined;
  const settle = (outcome: LedgerThreadOutput | Error): void => {
    const w = waiting;
    waiting = undefined;
    if (!w) return;
    clearTimeout(w.timer);
    if (outcome instanceof Error) w.reject(outcome);
    else w.resolve(outcome);
  };
  const close = (): void => {
    ended ??= new Error('closed');
    void worker.terminate();
  };
  worker.on('message', (m: LedgerThreadOutput) => settle(m.type === 'refused' ? refusal(m.code, m.userMessage) : m.type === 'failed' ? unreadable(new Error(m.message)) : m));
  worker.on('error', (error: Error & { code?: string }) => settle(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new AppError('ledger_too_large', `“${label}”读取时需要的内存超过上限。`, { cause: error }) : unreadable(error)));
  worker.on('exit', () => settle(unreadable(new Error('the ledger thread stopped'))));
  const next = (ask?: LedgerThreadAsk): Promise<LedgerThreadOutput> =>
    new Promise<LedgerThreadOutput>((resolve, reject) => {
      if (ended) return reject(unreadable(ended));
      const timer = setTimeout(() => settle(unreadable(new Error(`reading took over ${timeoutMs} ms`))), timeoutMs);
      waiting = { resolve, reject, timer };
      if (ask) worker.postMessage(ask);
    }).catch((error: unknown) => {
      close();
      throw error;
    });
  const opened = await next();
  if (opened.type !== 'opened') throw unreadable(new Error(`unexpected ${opened.type}`));
  return {
    header: opened.header,
    rowCount: opened.rowCount,
    close,
    async *parts(size: number) {
      try {
        for (;;) {
          const m = await next({ size });
          if (m.type === 'end') return;
          if (m.type !== 'part') throw unreadable(new Error(`unexpected ${m.type}`));
          yield m.rows;
        }
      } finally {
        close();
      }
    },
  };
}

/** The same, gathered into a sheet (small files and tests). */
export async function readLedgerOffThread(bytes: Uint8Array, name: string, options: { limits?: LedgerLimits; memoryMb?: number; timeoutMs?: number } = {}): Promise<LedgerSheet> {
  const stream = await openLedgerOffThread(bytes, name, options);
  const rows: LedgerRow[] = [];
  for await (const part of stream.parts(10_000)) for (const r of part) rows.push(r);
  return { header: stream.header, rows };
}
