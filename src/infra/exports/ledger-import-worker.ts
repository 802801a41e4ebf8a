// An uploaded 台账 imported in a worker thread of its own, on a capped heap, as `activities import` is
// (adapters/cli/run-in-thread.ts): read, matched and written there, so the bot's event loop keeps answering others
// meanwhile and the import's memory is bounded whatever the file. The thread opens the workspace's store itself
// (the data folder or the database named here), as another process would; imports run one at a time.
import type { RequestContext } from '../../core/context.js';
import { AppError, type ErrorCode } from '../../core/errors.js';
import type { LedgerImportReport, LedgerImports } from '../../core/exports/import-ledger.js';
import { LEDGER_LIMITS, type LedgerLimits } from '../../core/exports/ledger-limits.js';
import { runWorker } from '../run-worker.js';
import { startWorker } from '../start-worker.js';
import { refusal } from './ledger-worker.js';

/** The old generation of an import's thread: what it holds at 200,000 rows (the import's cap), twice over. */
export const IMPORT_HEAP_MB = 192;
/**
 * The young generation of an import's thread: V8's default (48 MB at most) took a 100,000-row upload's bot to 301–308 MB
 * in all; with 16 MB, 282–285 MB for the same CPU time (the import's garbage dies young, a part at a time).
 */
export const IMPORT_YOUNG_MB = 16;

/** The heap limits of an import's thread (the bot's upload and `activities import` alike). */
export const importLimits = (heapMb = IMPORT_HEAP_MB) => ({ maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: IMPORT_YOUNG_MB });

/** The longest an upload's import may take (200,000 rows took about 4 minutes on a busy 2-core machine). */
export const IMPORT_TIMEOUT_MS = 20 * 60_000;

/** Where the thread finds the workspace's store: the data folder (KEXIE_DATA_DIR) or a Postgres database. */
export type StoreLocation = { dataDir: string } | { databaseUrl: string };

export interface LedgerImportThreadInput {
  bytes: Uint8Array;
  name: string;
  ctx: RequestContext;
  store: StoreLocation;
  limits: LedgerLimits;
}
export type LedgerImportThreadOutput = { type: 'done'; report: LedgerImportReport } | { type: 'refused'; code: ErrorCode; userMessage: string } | { type: 'failed'; message: string };

/** What the user is told when the import's thread reached its heap limit (what was written stays written). */
export const outOfMemory = (heapMb: number): AppError => new AppError('ledger_unfinished', `台账导入需要的内存超过上限（${heapMb} MB）。`);

export interface LedgerImportOptions {
  store: StoreLocation;
  /** The thread's old generation, in MB (IMPORT_HEAP_MB). */
  heapMb?: number;
  timeoutMs?: number;
  limits?: LedgerLimits;
}

/** LedgerImports on worker threads, one import at a time. */
export function createLedgerImports(options: LedgerImportOptions): LedgerImports {
  const heapMb = options.heapMb ?? IMPORT_HEAP_MB;
  const timeoutMs = options.timeoutMs ?? IMPORT_TIMEOUT_MS;
  let tail: Promise<unknown> = Promise.resolve();
  const run = (ctx: RequestContext, bytes: Uint8Array, name: string): Promise<LedgerImportReport> => {
    const workerData: LedgerImportThreadInput = { bytes, name, ctx, store: options.store, limits: options.limits ?? LEDGER_LIMITS };
    const worker = startWorker(import.meta.url, 'ledger-import-thread', { workerData, resourceLimits: importLimits(heapMb) });
    return runWorker<LedgerImportThreadOutput, LedgerImportReport>(worker, {
      timeoutMs,
      message: (m) => (m.type === 'done' ? m.report : m.type === 'refused' ? refusal(m.code, m.userMessage) : new Error(`the ledger import failed: ${m.message}`)),
      timeout: () => new AppError('ledger_unfinished', `台账导入超过 ${Math.round(timeoutMs / 60_000)} 分钟仍未做完，已停止。`),
      error: (error) => (error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? outOfMemory(heapMb) : error),
      exit: () => new Error('the ledger import thread stopped without an answer'),
    }).result;
  };
  return {
    importFile(ctx, bytes, name) {
      const next = tail.then(() => run(ctx, bytes, name));
      tail = next.catch(() => undefined);
      return next;
    },
  };
}
